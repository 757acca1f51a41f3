// The local plugins: state and readable reason, manifest issues, the grant prompt and the Enable/Disable toggle.
import { ChangeDetectionStrategy, Component, inject } from "@angular/core";
import { LocalPluginDiscoveryService } from "../domains/plugins/shell/local-plugin-discovery.service";
import { PluginHostService } from "../domains/plugins/shell/plugin-host.service";
import { CapabilityPromptComponent } from "./capability-prompt.component";

@Component({
  selector: "toju-plugin-list",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CapabilityPromptComponent],
  template: `
    <h2>Local plugins</h2>
    @if (discovery.result(); as found) {
      <p class="plugins-path">
        Folder: <code>{{ found.pluginsPath }}</code>
      </p>
    }
    <ul class="plugin-list">
      @for (plugin of hosts.plugins(); track plugin.pluginId) {
        <li class="plugin" [attr.data-plugin-id]="plugin.pluginId">
          <h3>
            {{ plugin.title }} <small>{{ plugin.pluginId }} {{ plugin.version }}</small>
          </h3>
          <p>
            State: <span class="state" [attr.data-state]="plugin.state">{{ plugin.state }}</span>
          </p>
          @if (plugin.reason) {
            <p class="reason" [attr.data-code]="plugin.reasonCode">{{ plugin.reason }}</p>
          }
          @if (plugin.issues.length) {
            <ul class="issues">
              @for (issue of plugin.issues; track $index) {
                <li>
                  <code>{{ issue.path || "/" }}</code
                  >{{ ": " + issue.message + " " }}<small>({{ issue.code }})</small>
                </li>
              }
            </ul>
          }
          @if (plugin.missingCapabilities.length && !plugin.disabledByUser && !plugin.issues.length) {
            <toju-capability-prompt [plugin]="plugin" />
          }
          <button type="button" class="toggle" (click)="hosts.setEnabled(plugin.pluginId, plugin.disabledByUser)">
            {{ plugin.disabledByUser ? "Enable" : "Disable" }}
          </button>
        </li>
      } @empty {
        <li>No local plugins yet: add a plugin folder to the folder above and reload.</li>
      }
      @for (broken of hosts.unidentified(); track broken.manifestPath) {
        <li class="plugin unidentified">
          <h3>
            <code>{{ broken.manifestPath }}</code>
          </h3>
          <ul class="issues">
            @for (issue of broken.issues; track $index) {
              <li>
                <code>{{ issue.path || "/" }}</code
                >{{ ": " + issue.message + " " }}<small>({{ issue.code }})</small>
              </li>
            }
          </ul>
        </li>
      }
    </ul>
    @if (discovery.result()?.errors?.length) {
      <h3>Refused folders</h3>
      <ul class="refused">
        @for (error of discovery.result()!.errors; track error.path) {
          <li>
            <code>{{ error.path }}</code
            >{{ ": " + error.message + " " }}<small>({{ error.code }})</small>
          </li>
        }
      </ul>
    }
  `,
})
export class PluginListComponent {
  protected readonly hosts = inject(PluginHostService);
  protected readonly discovery = inject(LocalPluginDiscoveryService);
}
