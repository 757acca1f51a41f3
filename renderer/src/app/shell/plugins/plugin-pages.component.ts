// The pages running plugins add: a tab per page named by its title, and the open page as a region named by its title.
import { ChangeDetectionStrategy, Component, computed, inject, signal } from "@angular/core";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import type { UiContributionEntry } from "../../domains/plugins/ui-registry/plugin-ui-registry.service";
import { ContributionHostDirective } from "./contribution-host.directive";

@Component({
  selector: "toju-plugin-pages",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ContributionHostDirective],
  template: `
    @if (store.pages().length) {
      <div role="tablist" aria-label="Plugin pages">
        @for (page of store.pages(); track key(page)) {
          <button
            type="button"
            role="tab"
            [id]="'plugin-page-tab-' + key(page)"
            [attr.aria-selected]="key(page) === selectedKey()"
            [attr.aria-controls]="'plugin-page-' + key(page)"
            (click)="selected.set(key(page))"
          >
            {{ page.title }}
          </button>
        }
      </div>
    }
    @if (selectedPage(); as page) {
      <section
        class="plugin-page"
        [id]="'plugin-page-' + key(page)"
        [attr.aria-label]="page.title"
        [attr.data-page]="key(page)"
        [tojuContributionHost]="page"
      ></section>
    }
  `,
  styles: `
    [role="tab"][aria-selected="true"] {
      font-weight: bold;
    }
  `,
})
export class PluginPagesComponent {
  protected readonly store = inject(PluginStoreService);
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
}
