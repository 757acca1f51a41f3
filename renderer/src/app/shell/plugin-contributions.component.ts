// What running plugins contribute: actions as buttons, pages as tabs, panels beside them.
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from "@angular/core";
import { PluginUiRegistryService } from "../domains/plugins/ui-registry/plugin-ui-registry.service";
import type { UiContributionEntry } from "../domains/plugins/ui-registry/plugin-ui-registry.service";
import { ContributionHostDirective } from "./contribution-host.directive";

@Component({
  selector: "toju-plugin-contributions",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ContributionHostDirective],
  template: `
    <section class="actions" aria-label="Plugin actions">
      @for (action of actions(); track action.pluginId + "/" + action.id) {
        <button type="button" class="plugin-action" [attr.data-action]="action.pluginId + '/' + action.id" (click)="run(action)">
          {{ action.title }}
        </button>
      }
    </section>
    <div class="workspace">
      <section class="pages">
        <nav role="tablist">
          @for (page of pages(); track key(page)) {
            <button type="button" role="tab" [attr.aria-selected]="key(page) === selectedKey()" (click)="selected.set(key(page))">
              {{ page.title }}
            </button>
          }
        </nav>
        @if (selectedPage(); as page) {
          @for (shown of [page]; track key(shown)) {
            <div class="plugin-page" role="tabpanel" [attr.data-page]="key(shown)" [tojuContributionHost]="shown"></div>
          }
        }
      </section>
      <aside class="panels">
        @for (panel of panels(); track key(panel)) {
          <section class="plugin-panel" [attr.data-panel]="key(panel)">
            <h3>{{ panel.title }}</h3>
            <div [tojuContributionHost]="panel"></div>
          </section>
        }
      </aside>
    </div>
  `,
})
export class PluginContributionsComponent {
  private readonly registry = inject(PluginUiRegistryService);
  private readonly version = signal(0);
  protected readonly actions = computed(() => (this.version(), this.registry.list("action")));
  protected readonly pages = computed(() => (this.version(), this.registry.list("page")));
  protected readonly panels = computed(() => (this.version(), this.registry.list("panel")));
  protected readonly selected = signal<string | undefined>(undefined);
  protected readonly selectedKey = computed(() => {
    const keys = this.pages().map((page) => this.key(page));
    const chosen = this.selected();
    return chosen !== undefined && keys.includes(chosen) ? chosen : keys[0];
  });
  protected readonly selectedPage = computed(() => this.pages().find((page) => this.key(page) === this.selectedKey()));

  constructor() {
    const watching = this.registry.onChange(() => this.version.update((v) => v + 1));
    inject(DestroyRef).onDestroy(() => watching.dispose());
  }

  protected key(entry: UiContributionEntry): string {
    return `${entry.pluginId}/${entry.id}`;
  }

  protected async run(action: UiContributionEntry<"action">): Promise<void> {
    try {
      await action.registration.run({ kind: "composer" });
    } catch (error) {
      console.warn(`[plugin ${action.pluginId}] action '${action.id}' failed:`, error instanceof Error ? error.message : error);
    }
  }
}
