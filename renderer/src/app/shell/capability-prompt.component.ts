// The grant prompt of one plugin: the capabilities it asks for that the user has not granted, with Grant / Deny.
import { ChangeDetectionStrategy, Component, inject, input } from "@angular/core";
import { PluginHostService } from "../domains/plugins/shell/plugin-host.service";
import type { PluginStatus } from "../domains/plugins/shell/plugin-status";

@Component({
  selector: "toju-capability-prompt",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="prompt" role="alertdialog" [attr.aria-label]="'Capabilities requested by ' + plugin().title">
      <p>
        <strong>{{ plugin().title }}</strong>
        {{ plugin().requestedCapabilities.length > plugin().missingCapabilities.length ? "now also asks for" : "asks for" }}:
      </p>
      <ul class="capabilities">
        @for (capability of plugin().missingCapabilities; track capability) {
          <li>
            <code>{{ capability }}</code>
          </li>
        }
      </ul>
      <button type="button" class="grant" (click)="hosts.grant(plugin().pluginId)">Grant</button>
      <button type="button" class="deny" (click)="hosts.deny(plugin().pluginId)">Deny</button>
    </div>
  `,
})
export class CapabilityPromptComponent {
  readonly plugin = input.required<PluginStatus>();
  protected readonly hosts = inject(PluginHostService);
}
