// The plugin manager: each local plugin with its state and reason, manifest issues, the consent prompt, a checkbox
// per capability, and Enable/Disable and Reload.
import { ChangeDetectionStrategy, Component, inject } from "@angular/core";
import { PluginStoreService } from "../domains/plugins/shell/plugin-store.service";
import type { PluginStatus } from "../domains/plugins/shell/plugin-status";
import type { Capability } from "@toju/generated/types/contract";
import { CapabilityPromptComponent } from "./capability-prompt.component";

@Component({
  selector: "toju-plugin-list",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CapabilityPromptComponent],
  template: `
    <section id="plugins" aria-label="Plugins">
      <h2>Local plugins</h2>
      @if (store.discovery(); as found) {
        <p class="plugins-path">
          Folder: <code>{{ found.pluginsPath }}</code>
        </p>
      }
      <ul class="plugin-list">
        @for (plugin of store.plugins(); track plugin.pluginId) {
          <li
            class="plugin"
            [attr.data-plugin-id]="plugin.pluginId"
            [attr.aria-labelledby]="idOf(plugin, 'title') + ' ' + idOf(plugin, 'state')"
          >
            <h3>
              <span [id]="idOf(plugin, 'title')">{{ plugin.title }}</span> <small>{{ plugin.pluginId }} {{ plugin.version }}</small>
            </h3>
            <p>
              State: <span class="state" [id]="idOf(plugin, 'state')" [attr.data-state]="plugin.state">{{ plugin.state }}</span>
            </p>
            @if (plugin.reason) {
              <p class="reason" [attr.data-code]="plugin.reasonCode">{{ plugin.reason }}</p>
            }
            @if (plugin.issues.length) {
              <ul class="issues">
                @for (issue of plugin.issues; track $index) {
                  <li>
                    <code>{{ issue.path || "/" }}</code>{{ ": " + issue.message + " " }}<small>({{ issue.code }})</small>
                  </li>
                }
              </ul>
            }
            @if (plugin.registered && plugin.missingCapabilities.length && !plugin.disabledByUser) {
              <toju-capability-prompt [plugin]="plugin" />
            }
            @if (plugin.registered && plugin.requestedCapabilities.length) {
              <fieldset class="capability-grants">
                <legend>Capabilities</legend>
                @for (capability of plugin.requestedCapabilities; track capability) {
                  <label>
                    <input
                      type="checkbox"
                      [checked]="plugin.grantedCapabilities.includes(capability)"
                      (change)="setGranted(plugin, capability, $event)"
                    />
                    <code>{{ capability }}</code>
                  </label>
                }
              </fieldset>
            }
            <button type="button" class="toggle" (click)="store.setEnabled(plugin.pluginId, plugin.disabledByUser)">
              {{ plugin.disabledByUser ? "Enable" : "Disable" }}
            </button>
            @if (plugin.registered && !plugin.disabledByUser) {
              <button type="button" class="reload" (click)="store.reload(plugin.pluginId)">Reload</button>
            }
          </li>
        } @empty {
          <li>No local plugins yet: add a plugin folder to the folder above and reload.</li>
        }
        @for (broken of store.unidentified(); track broken.manifestPath) {
          <li class="plugin unidentified" [attr.aria-label]="broken.manifestPath">
            <h3>
              <code>{{ broken.manifestPath }}</code>
            </h3>
            <ul class="issues">
              @for (issue of broken.issues; track $index) {
                <li>
                  <code>{{ issue.path || "/" }}</code>{{ ": " + issue.message + " " }}<small>({{ issue.code }})</small>
                </li>
              }
            </ul>
          </li>
        }
      </ul>
      @if (store.discovery()?.errors?.length) {
        <h3>Refused folders</h3>
        <ul class="refused">
          @for (error of store.discovery()!.errors; track error.path) {
            <li>
              <code>{{ error.path }}</code>{{ ": " + error.message + " " }}<small>({{ error.code }})</small>
            </li>
          }
        </ul>
      }
    </section>
  `,
})
export class PluginListComponent {
  protected readonly store = inject(PluginStoreService);

  protected idOf(plugin: PluginStatus, part: "title" | "state"): string {
    return `plugin-${plugin.pluginId}-${part}`;
  }

  protected setGranted(plugin: PluginStatus, capability: Capability, event: Event): void {
    void this.store.setCapabilityGranted(plugin.pluginId, capability, (event.target as HTMLInputElement).checked);
  }
}
