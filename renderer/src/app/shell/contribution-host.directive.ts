// Hands a host element to a plugin's `render(host)` and disposes what it returns when the element goes away.
import { Directive, ElementRef, type OnDestroy, type OnInit, inject, input } from "@angular/core";
import type { Disposable } from "@toju/contracts/sdk/toju-plugin-sdk";

export interface RenderableContribution {
  pluginId: string;
  id: string;
  registration: { render(host: HTMLElement): void | Disposable };
}

@Directive({ selector: "[tojuContributionHost]" })
export class ContributionHostDirective implements OnInit, OnDestroy {
  readonly contribution = input.required<RenderableContribution>({ alias: "tojuContributionHost" });
  private readonly element: HTMLElement = inject(ElementRef).nativeElement;
  private rendered?: void | Disposable;

  ngOnInit(): void {
    const { pluginId, id, registration } = this.contribution();
    try {
      this.rendered = registration.render(this.element);
    } catch (error) {
      console.error(`[plugin ${pluginId}] rendering '${id}' failed`, error);
      this.element.textContent = `This contribution of "${pluginId}" could not be shown.`;
    }
  }

  ngOnDestroy(): void {
    try {
      this.rendered?.dispose();
    } catch (error) {
      console.warn(`[plugin ${this.contribution().pluginId}] dispose failed`, error);
    }
  }
}
