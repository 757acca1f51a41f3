// The manager's "Plugin URL" field: a pasted manifest URL is installed with its Install button (or Enter).
import { ChangeDetectionStrategy, Component, inject, signal } from "@angular/core";
import { PluginInstallerService } from "../../domains/plugins/shell/plugin-installer.service";
import { InstallStatusComponent } from "./install-status.component";

@Component({
  selector: "toju-plugin-install-form",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [InstallStatusComponent],
  template: `
    <form class="install-form" aria-label="Install from a URL" (submit)="$event.preventDefault(); install()">
      <label for="toju-plugin-url">Plugin URL</label>
      <span class="row">
        <input
          #field
          id="toju-plugin-url"
          type="text"
          inputmode="url"
          autocomplete="off"
          spellcheck="false"
          placeholder="https://…/toju-plugin.json"
          aria-describedby="toju-plugin-url-hint"
          [value]="url()"
          (input)="url.set(field.value)"
        />
        <button type="submit" [disabled]="installer.busy() || url().trim() === ''">Install</button>
      </span>
      <small id="toju-plugin-url-hint">The address of a plugin's manifest; you allow each site once.</small>
      <toju-install-status target="url" />
    </form>
  `,
  styles: `
    .install-form {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-bottom: 0.75rem;
    }
    .install-form label {
      font-weight: 600;
    }
    .row {
      display: flex;
      gap: 0.5rem;
    }
    .row input {
      flex: 1;
    }
    small {
      color: #555;
    }
  `,
})
export class PluginInstallFormComponent {
  protected readonly installer = inject(PluginInstallerService);
  protected readonly url = signal("");

  protected install(): Promise<void> {
    return this.installer.install(this.url(), "url");
  }
}
