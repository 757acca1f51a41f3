// Hands a host element to a plugin's `render(host)`; when the contribution changes or the element goes away, what the
// last render returned is disposed and the element emptied, so a new render starts clean.
import { Directive, ElementRef, effect, inject, input, untracked } from "@angular/core";
import type { Disposable } from "@toju/contracts/sdk/toju-plugin-sdk";
import { RUNTIME_CONSOLE } from "../domains/plugins/shell/runtime-tokens";

export interface RenderableContribution {
  pluginId: string;
  id: string;
  registration: { render(host: HTMLElement): void | Disposable };
}

@Directive({ selector: "[tojuContributionHost]" })
export class ContributionHostDirective {
  readonly contribution = input.required<RenderableContribution>({ alias: "tojuContributionHost" });

  constructor() {
    const element: HTMLElement = inject(ElementRef).nativeElement;
    const output = inject(RUNTIME_CONSOLE);
    effect((onCleanup) => {
      const { pluginId, id, registration } = this.contribution();
      // Plugin code runs untracked: nothing it reads may re-run this effect.
      const rendered = untracked(() => {
        try {
          return registration.render(element);
        } catch (error) {
          output.error(`[plugin ${pluginId}] rendering '${id}' failed`, error);
          element.textContent = `This contribution of "${pluginId}" could not be shown.`;
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
      });
    });
  }
}
