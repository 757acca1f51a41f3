// The panels running plugins show at one place of the chat layout (left, right or bottom), each a region named by its
// title around the plugin's own render.
import { ChangeDetectionStrategy, Component, computed, inject, input } from "@angular/core";
import type { PluginPanelLocation } from "@toju/generated/types/contract";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import type { UiContributionEntry } from "../../domains/plugins/ui-registry/plugin-ui-registry.service";
import { ContributionHostDirective } from "./contribution-host.directive";

/** Where a panel shows: what it registered, else what its manifest declares, else `right`. */
export function panelLocation(panel: UiContributionEntry<"panel">): PluginPanelLocation {
  return panel.registration.location ?? panel.declared.location ?? "right";
}

@Component({
  selector: "toju-plugin-panels",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ContributionHostDirective],
  template: `
    @for (panel of panels(); track panel.pluginId + "/" + panel.id) {
      <section class="plugin-panel" [attr.aria-label]="panel.title" [attr.data-panel]="panel.pluginId + '/' + panel.id">
        <h3>{{ panel.title }}</h3>
        <div [tojuContributionHost]="panel"></div>
      </section>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    :host(.bottom) {
      flex-direction: row;
    }
    .plugin-panel h3 {
      margin: 0 0 0.25rem;
      font-size: 0.95rem;
    }
  `,
  host: { "[class]": "location()" },
})
export class PluginPanelsComponent {
  readonly location = input<PluginPanelLocation>("right");
  private readonly store = inject(PluginStoreService);
  protected readonly panels = computed(() => this.store.panels().filter((panel) => panelLocation(panel) === this.location()));
}
