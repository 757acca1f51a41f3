// Hands a host element to a plugin's `render(host)`; when the contribution changes or the element goes away, what the
// last render returned is disposed and the element emptied, so a new render starts clean. A render that throws is
// contained in this element: it shows an error state (`data-render-state="error"`) and the rest of the page is untouched.
import { Directive, ElementRef, effect, inject, input, untracked } from "@angular/core";
import { describeError } from "@toju/contracts/errors/coded-error";
import type { Disposable } from "@toju/contracts/sdk/toju-plugin-sdk";
import { RUNTIME_CONSOLE } from "../../domains/plugins/shell/runtime-tokens";

export interface RenderableContribution {
  pluginId: string;
  id: string;
  title?: string;
  registration: { render(host: HTMLElement): void | Disposable };
}

@Directive({ selector: "[tojuContributionHost]" })
export class ContributionHostDirective {
  readonly contribution = input.required<RenderableContribution>({ alias: "tojuContributionHost" });

  constructor() {
    const element: HTMLElement = inject(ElementRef).nativeElement;
    const output = inject(RUNTIME_CONSOLE);
    effect((onCleanup) => {
      const { pluginId, id, title, registration } = this.contribution();
      // Plugin code runs untracked: nothing it reads may re-run this effect.
      const rendered = untracked(() => {
        try {
          element.setAttribute("data-render-state", "rendered");
          return registration.render(element);
        } catch (error) {
          output.error(`[plugin ${pluginId}] rendering '${id}' failed`, error);
          showError(element, `${title ?? id} of "${pluginId}" could not be shown: ${describeError(error)}`);
          return undefined;
        }
      });
      onCleanup(() => {
        try {
          rendered?.dispose();
        } catch (error) {
          output.warn(`[plugin ${pluginId}] disposing '${id}' failed`, error);
        }
        element.replaceChildren();
        element.removeAttribute("data-render-state");
      });
    });
  }
}

/** Whatever the plugin put in the element before throwing goes; a note takes its place. */
function showError(element: HTMLElement, text: string): void {
  const note = element.ownerDocument.createElement("p");
  note.className = "contribution-error";
  note.setAttribute("role", "alert");
  note.textContent = text;
  element.replaceChildren(note);
  element.setAttribute("data-render-state", "error");
}
