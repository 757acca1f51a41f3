// One plugin in the plugin manager: a list item named by its title and state word, with where it comes from, why it
// is blocked or failed, the open server's requirement, the consent prompt, a checkbox per capability, and its buttons
// (Update for one installed from a URL, Uninstall, and for an admin of the open server the requirement buttons).
import { ChangeDetectionStrategy, Component, computed, inject, input } from "@angular/core";
import type { Capability } from "@toju/generated/types/contract";
import { capabilityDocs } from "@toju/generated/types/code-docs";
import { PluginInstallerService, installTargets } from "../../domains/plugins/shell/plugin-installer.service";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import type { PluginStatus } from "../../domains/plugins/shell/plugin-status";
import { CapabilityPromptComponent } from "./capability-prompt.component";
import { InstallStatusComponent } from "./install-status.component";
import { ManifestIssuesComponent } from "./manifest-issues.component";

@Component({
  selector: "li[tojuPluginItem]",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CapabilityPromptComponent, ManifestIssuesComponent, InstallStatusComponent],
  host: {
    class: "plugin",
    "[attr.data-plugin-id]": "plugin().pluginId",
    "[attr.aria-labelledby]": "idOf('title') + ' ' + idOf('state')",
    "[attr.aria-busy]": "busy() || null",
  },
  template: `
    @let p = plugin();
    <h3>
      <span [id]="idOf('title')">{{ p.title }}</span> <small>{{ p.pluginId }} {{ p.version }}</small>
    </h3>
    @if (p.source; as source) {
      <p class="source" [attr.data-kind]="source.kind">
        @if (source.kind === "url") {
          Installed from <a [href]="source.url" rel="noreferrer">{{ source.url }}</a>
        } @else {
          Local folder <code>{{ source.path }}</code>
        }
      </p>
    }
    <p>
      State: <span class="state" [id]="idOf('state')" [attr.data-state]="p.state">{{ p.state }}</span>
      @if (p.isolated) {
        <span class="isolation-badge" title="Runs in a worker of its own: no page, no network, its UI in sandboxed frames">Isolated</span>
      }
      @if (badge(); as badge) {
        <span class="requirement-badge" [attr.data-kind]="badge.kind">
          {{ badge.label }}
          @if (badge.versionRange) {
            ({{ badge.versionRange }})
          }
        </span>
      }
    </p>
    @if (p.disabledByUser) {
      <p class="choice">
        {{ denied() ? "You denied " + p.title + " what it asks for; enable it to be asked again." : "You disabled " + p.title + "." }}
      </p>
    } @else if (p.reason) {
      <p class="reason" [attr.data-code]="p.reasonCode">{{ p.reason }}</p>
    }
    @if (p.issues.length) {
      <toju-manifest-issues [issues]="p.issues" />
    }
    @if (p.registered && p.missingCapabilities.length && !p.disabledByUser) {
      <toju-capability-prompt [plugin]="p" />
    }
    @if (p.registered && p.requestedCapabilities.length) {
      <fieldset class="capability-grants">
        <legend>Capabilities</legend>
        @for (capability of p.requestedCapabilities; track capability) {
          <span class="capability">
            <label>
              <input
                type="checkbox"
                [checked]="p.grantedCapabilities.includes(capability)"
                [attr.aria-describedby]="idOf('does-' + capability)"
                (change)="setGranted(capability, $event)"
              />
              {{ capability }}
            </label>
            <small [id]="idOf('does-' + capability)">{{ words[capability] }}</small>
          </span>
        }
      </fieldset>
    }
    <div class="buttons">
      <button type="button" class="toggle" (click)="store.setEnabled(p.pluginId, p.disabledByUser)">
        {{ p.disabledByUser ? "Enable" : "Disable" }}
      </button>
      @if (p.registered && !p.disabledByUser) {
        <button type="button" class="reload" (click)="store.reload(p.pluginId)">Reload</button>
      }
      @if (p.source?.kind === "url") {
        <button type="button" class="update" [disabled]="installer.busy()" (click)="installer.update(p.pluginId)">Update</button>
      }
      @if (p.source) {
        <button type="button" class="uninstall" [disabled]="installer.busy()" (click)="installer.askUninstall(p.pluginId, p.title)">
          Uninstall
        </button>
      }
    </div>
    <toju-install-status [target]="targets.plugin(p.pluginId)" />
    @if (store.canManageServer() && p.registered) {
      <div class="requirement-admin" role="group" [attr.aria-label]="'Requirement of ' + p.title + ' on this server'">
        <button type="button" (click)="store.setRequirement(p.pluginId, 'required')">Require on this server</button>
        <button type="button" (click)="store.setRequirement(p.pluginId, 'recommended')">Recommend</button>
        <button type="button" (click)="store.setRequirement(p.pluginId, 'blocked')">Block</button>
        @if (badge()) {
          <button type="button" (click)="store.removeRequirement(p.pluginId)">Remove requirement</button>
        }
      </div>
    }
  `,
  styles: `
    h3 small {
      margin-left: 0.5rem;
      font-weight: normal;
    }
    .capability-grants {
      flex-direction: column;
    }
    /* The checkbox and the capability's id on one line, what it allows under them. */
    .capability {
      display: flex;
      flex-direction: column;
      margin-bottom: 0.3rem;
    }
    .capability label {
      overflow-wrap: anywhere;
    }
    .capability small {
      margin-left: 1.6rem;
    }
    .capability small,
    .source,
    .choice {
      font-size: 0.85rem;
      color: #555;
    }
    .isolation-badge {
      margin-left: 0.5rem;
      padding: 0 0.4rem;
      border-radius: 0.6rem;
      font-size: 0.8rem;
      background: #e3f4e8;
    }
    .requirement-badge {
      margin-left: 0.5rem;
      padding: 0 0.4rem;
      border-radius: 0.6rem;
      font-size: 0.8rem;
      background: #e8eefc;
    }
    .requirement-badge[data-kind="blocked"],
    .requirement-badge[data-kind="incompatible"],
    .requirement-badge[data-kind="required-not-running"] {
      background: #fde2e2;
    }
    .buttons,
    .requirement-admin {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.25rem;
    }
  `,
})
export class PluginItemComponent {
  readonly plugin = input.required<PluginStatus>({ alias: "tojuPluginItem" });
  protected readonly store = inject(PluginStoreService);
  protected readonly installer = inject(PluginInstallerService);
  protected readonly targets = installTargets;
  protected readonly words = capabilityDocs;
  /** This plugin's update or uninstall is under way. */
  protected readonly busy = computed(() => {
    const activity = this.installer.activity();
    return activity?.state === "busy" && activity.target === installTargets.plugin(this.plugin().pluginId);
  });
  protected readonly badge = computed(() => this.store.requirementBadges().get(this.plugin().pluginId));
  /** Deny revokes everything; a plugin the user merely disabled keeps its grants for when it is enabled again. */
  protected readonly denied = computed(
    () => this.plugin().requestedCapabilities.length > 0 && this.plugin().grantedCapabilities.length === 0,
  );

  protected idOf(part: string): string {
    return `plugin-${this.plugin().pluginId}-${part}`;
  }

  protected setGranted(capability: Capability, event: Event): void {
    void this.store.setCapabilityGranted(this.plugin().pluginId, capability, (event.target as HTMLInputElement).checked);
  }
}
