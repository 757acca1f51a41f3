// Where embed renderers go under each message: a component the shell is given (the plugins' embeds), rendered with
// the message and the links found in it. None is given by default.
import { InjectionToken, type Type } from "@angular/core";

/**
 * A standalone component with the inputs `message` (the `ChatMessage`, its attachments included) and `urls` (the
 * distinct http(s) links of its text, at most ten, in order).
 */
export const MESSAGE_EMBEDS = new InjectionToken<Type<unknown> | null>("MESSAGE_EMBEDS", { providedIn: "root", factory: () => null });
