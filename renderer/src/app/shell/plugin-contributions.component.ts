// What running plugins contribute: actions as buttons, pages as tabs, panels as regions beside them.
import { ChangeDetectionStrategy, Component, computed, inject, signal } from "@angular/core";
import { describeError } from "@toju/contracts/errors/coded-error";
import { PluginStoreService } from "../domains/plugins/shell/plugin-store.service";
import { RUNTIME_CONSOLE } from "../domains/plugins/shell/runtime-tokens";
import type { UiContributionEntry } from "../domains/plugins/ui-registry/plugin-ui-registry.service";
import { ContributionHostDirective } from "./contribution-host.directive";

@Component({
  selector: "toju-plugin-contributions",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ContributionHostDirective],
  template: `
    <section class="actions" aria-label="Plugin actions">
      @for (action of store.actions(); track key(action)) {
        <button type="button" class="plugin-action" [attr.data-action]="key(action)" (click)="run(action)">
          {{ action.title }}
        </button>
      }
    </section>
    <div class="workspace">
      <section class="pages">
        <nav role="tablist">
          @for (page of store.pages(); track key(page)) {
            <button type="button" role="tab" [attr.aria-selected]="key(page) === selectedKey()" (click)="selected.set(key(page))">
              {{ page.title }}
            </button>
          }
        </nav>
        @if (selectedPage(); as page) {
          <div
            class="plugin-page"
            role="tabpanel"
            [attr.aria-label]="page.title"
            [attr.data-page]="key(page)"
            [tojuContributionHost]="page"
          ></div>
        }
      </section>
      <aside class="panels">
        @for (panel of store.panels(); track key(panel)) {
          <section class="plugin-panel" [attr.aria-label]="panel.title" [attr.data-panel]="key(panel)">
            <h3>{{ panel.title }}</h3>
            <div [tojuContributionHost]="panel"></div>
          </section>
        }
      </aside>
    </div>
  `,
})
export class PluginContributionsComponent {
  protected readonly store = inject(PluginStoreService);
  private readonly output = inject(RUNTIME_CONSOLE);
  protected readonly selected = signal<string | undefined>(undefined);
  protected readonly selectedKey = computed(() => {
    const keys = this.store.pages().map((page) => this.key(page));
    const chosen = this.selected();
    return chosen !== undefined && keys.includes(chosen) ? chosen : keys[0];
  });
  protected readonly selectedPage = computed(() => this.store.pages().find((page) => this.key(page) === this.selectedKey()));

  protected key(entry: UiContributionEntry): string {
    return `${entry.pluginId}/${entry.id}`;
  }

  protected async run(action: UiContributionEntry<"action">): Promise<void> {
    try {
      await action.registration.run({ kind: "composer" });
    } catch (error) {
      this.output.warn(`[plugin ${action.pluginId}] action '${action.id}' failed: ${describeError(error)}`);
    }
  }
}
