// Plugin settings: the settings pages plugins register at run time (`ui.settings`), each a region named by its title,
// and for every plugin whose manifest has a `settings` schema the form the host draws from it.
import { ChangeDetectionStrategy, Component, inject } from "@angular/core";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { ContributionHostDirective } from "./contribution-host.directive";
import { PluginSettingsFormComponent } from "./plugin-settings-form.component";

@Component({
  selector: "toju-plugin-settings",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ContributionHostDirective, PluginSettingsFormComponent],
  template: `
    @for (page of store.settingsPages(); track page.pluginId + "/" + page.id) {
      <section class="plugin-settings-page" [attr.aria-label]="page.title" [attr.data-settings]="page.pluginId + '/' + page.id">
        <h3>{{ page.title }}</h3>
        <div [tojuContributionHost]="page"></div>
      </section>
    }
    @for (entry of store.settingsForms(); track entry.pluginId) {
      <toju-plugin-settings-form [entry]="entry" />
    }
  `,
})
export class PluginSettingsComponent {
  protected readonly store = inject(PluginStoreService);
}
