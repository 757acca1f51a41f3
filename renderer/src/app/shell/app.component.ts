// The shell's root: starts the plugin runtime and lays out the plugin list beside what the plugins contribute.
import { ChangeDetectionStrategy, Component, inject, type OnInit } from "@angular/core";
import { PluginHostService } from "../domains/plugins/shell/plugin-host.service";
import { PluginContributionsComponent } from "./plugin-contributions.component";
import { PluginListComponent } from "./plugin-list.component";

@Component({
  selector: "toju-root",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PluginListComponent, PluginContributionsComponent],
  template: `
    <header>
      <h1>Toju</h1>
      <span class="connection">Not connected to a server</span>
    </header>
    @if (hosts.startError(); as error) {
      <p class="start-error" role="alert">{{ error }}</p>
    }
    <main>
      <toju-plugin-list />
      <toju-plugin-contributions />
    </main>
  `,
})
export class AppComponent implements OnInit {
  protected readonly hosts = inject(PluginHostService);

  ngOnInit(): void {
    void this.hosts.start();
  }
}
