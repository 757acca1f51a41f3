// The plugin manager, region "Plugins": the Plugin URL field, the open server's requirements that no local plugin meets
// (with Install when the server says where from), every local plugin (one list item each), the manifests too broken
// to name a plugin, the folders discovery refused, and the install and uninstall dialogs.
import { ChangeDetectionStrategy, Component, inject } from "@angular/core";
import { PluginInstallerService, installTargets } from "../../domains/plugins/shell/plugin-installer.service";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { InstallStatusComponent } from "./install-status.component";
import { ManifestIssuesComponent } from "./manifest-issues.component";
import { PluginInstallDialogsComponent } from "./plugin-install-dialogs.component";
import { PluginInstallFormComponent } from "./plugin-install-form.component";
import { PluginItemComponent } from "./plugin-item.component";

@Component({
  selector: "toju-plugin-list",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PluginItemComponent,
    ManifestIssuesComponent,
    PluginInstallFormComponent,
    PluginInstallDialogsComponent,
    InstallStatusComponent,
  ],
  template: `
    <section id="plugins" aria-label="Plugins">
      <h2>Plugins</h2>
      <toju-plugin-install-form />
      <toju-install-status target="list" />
      @if (store.openServer(); as server) {
        <p class="server">
          Requirements of <strong>{{ server.name }}</strong> are shown beside each plugin.
        </p>
        @if (store.missingRequirements().length) {
          <ul class="missing-requirements" aria-label="Required by this server">
            @for (missing of store.missingRequirements(); track missing.pluginId) {
              <li [attr.data-plugin-id]="missing.pluginId" [attr.aria-label]="missing.title + ': ' + missing.badge.label">
                <strong>{{ missing.title }}</strong> <small>{{ missing.pluginId }}</small>
                <span class="requirement-badge" [attr.data-kind]="missing.badge.kind">{{ missing.badge.label }}</span>
                @if (missing.installUrl; as installUrl) {
                  <small class="install-url">from {{ installUrl }}</small>
                  <button
                    type="button"
                    [disabled]="installer.busy()"
                    (click)="installer.install(installUrl, targets.requirement(missing.pluginId), missing.pluginId)"
                  >
                    Install
                  </button>
                  <toju-install-status [target]="targets.requirement(missing.pluginId)" />
                }
                @if (store.canManageServer()) {
                  <button type="button" (click)="store.removeRequirement(missing.pluginId)">Remove requirement</button>
                }
              </li>
            }
          </ul>
        }
      }
      @if (store.discovery(); as found) {
        <p class="plugins-path">
          Folder: <code>{{ found.pluginsPath }}</code>
        </p>
      }
      <ul class="plugin-list">
        @for (plugin of store.plugins(); track plugin.pluginId) {
          <li [tojuPluginItem]="plugin"></li>
        } @empty {
          <li>No local plugins yet: add a plugin folder to the folder above and reload.</li>
        }
        @for (broken of store.unidentified(); track broken.manifestPath) {
          <li class="plugin unidentified" [attr.aria-label]="broken.manifestPath">
            <h3>
              <code>{{ broken.manifestPath }}</code>
            </h3>
            <p class="reason" data-code="invalid_manifest">This manifest does not name a usable plugin id.</p>
            <toju-manifest-issues [issues]="broken.issues" />
          </li>
        }
      </ul>
      @if (store.discovery()?.errors?.length) {
        <h3>Refused folders</h3>
        <ul class="refused">
          @for (error of store.discovery()!.errors; track error.path) {
            <li [attr.data-code]="error.code">
              <code>{{ error.path }}</code>{{ " " + error.message + " " }}<small>[{{ error.code }}]</small>
              @if (error.issues?.length) {
                <toju-manifest-issues [issues]="error.issues!" />
              }
            </li>
          }
        </ul>
      }
      <toju-plugin-install-dialogs />
    </section>
  `,
  styles: `
    .missing-requirements {
      padding-left: 1rem;
    }
    .install-url {
      margin-right: 0.5rem;
      overflow-wrap: anywhere;
    }
    .requirement-badge {
      margin: 0 0.5rem;
      padding: 0 0.4rem;
      border-radius: 0.6rem;
      font-size: 0.8rem;
      background: #fde2e2;
    }
  `,
})
export class PluginListComponent {
  protected readonly store = inject(PluginStoreService);
  protected readonly installer = inject(PluginInstallerService);
  protected readonly targets = installTargets;
}
