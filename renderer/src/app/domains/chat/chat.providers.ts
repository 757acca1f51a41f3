// The chat domain's providers: ChatSessionService is the renderer's ShellSession.
import { type EnvironmentProviders, makeEnvironmentProviders } from "@angular/core";
import { SHELL_SESSION } from "../session/shell-session";
import { ChatSessionService } from "./chat-session.service";

export function provideChatSession(): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: SHELL_SESSION, useExisting: ChatSessionService }]);
}
