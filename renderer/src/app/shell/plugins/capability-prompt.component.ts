// The consent prompt of one plugin: a dialog named after it, with a plain-words line for each capability it asks for
// that the user has not granted, and Grant / Deny.
import { ChangeDetectionStrategy, Component, inject, input } from "@angular/core";
import { capabilityDocs } from "@toju/generated/types/code-docs";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import type { PluginStatus } from "../../domains/plugins/shell/plugin-status";

@Component({
  selector: "toju-capability-prompt",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="prompt" role="dialog" [attr.aria-label]="plugin().title">
      <p>
        <strong>{{ plugin().title }}</strong>
        {{ plugin().grantedCapabilities.length ? "now also asks to" : "asks to" }}:
      </p>
      <ul class="capabilities">
        @for (capability of plugin().missingCapabilities; track capability) {
          <li [attr.data-capability]="capability">
            {{ words[capability] }} <code>{{ capability }}</code>
          </li>
        }
      </ul>
      <button type="button" class="grant" (click)="store.grant(plugin().pluginId)">Grant</button>
      <button type="button" class="deny" (click)="store.deny(plugin().pluginId)">Deny</button>
    </div>
  `,
})
export class CapabilityPromptComponent {
  readonly plugin = input.required<PluginStatus>();
  protected readonly store = inject(PluginStoreService);
  protected readonly words = capabilityDocs;
}
