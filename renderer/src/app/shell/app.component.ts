// The shell's root: starts the plugin runtime and lays out the plugin manager beside what the plugins contribute.
import { ChangeDetectionStrategy, Component, inject, type OnInit } from "@angular/core";
import { PluginStoreService } from "../domains/plugins/shell/plugin-store.service";
import { PluginContributionsComponent } from "./plugins/plugin-contributions.component";
import { PluginListComponent } from "./plugins/plugin-list.component";

@Component({
  selector: "toju-root",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PluginListComponent, PluginContributionsComponent],
  template: `
    <header>
      <h1>Toju</h1>
      <nav aria-label="Shell">
        <a href="#plugins">Plugins</a>
      </nav>
      <span class="connection">Not connected to a server</span>
    </header>
    @if (store.error(); as error) {
      <p class="start-error" role="alert">{{ error }}</p>
    }
    <main>
      <toju-plugin-list />
      <toju-plugin-contributions />
    </main>
  `,
})
export class AppComponent implements OnInit {
  protected readonly store = inject(PluginStoreService);

  ngOnInit(): void {
    void this.store.start();
  }
}
