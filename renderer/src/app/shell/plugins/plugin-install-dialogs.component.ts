// The plugin manager's two questions: allowing plugins from an origin before the first install from it (the dialog
// names the origin; Allow / Cancel), and confirming an uninstall (named after the plugin; Uninstall / Cancel).
import { ChangeDetectionStrategy, Component, inject } from "@angular/core";
import { PluginInstallerService } from "../../domains/plugins/shell/plugin-installer.service";
import { ConfirmDialogComponent } from "./confirm-dialog.component";

@Component({
  selector: "toju-plugin-install-dialogs",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConfirmDialogComponent],
  template: `
    @if (installer.originQuestion(); as question) {
      <toju-confirm-dialog
        [title]="'Allow plugins from ' + question.origin + '?'"
        confirmLabel="Allow"
        (confirmed)="installer.allowOrigin()"
        (cancelled)="installer.cancelOrigin()"
      >
        <p>
          Toju will download <code>{{ question.url }}</code> and the plugin code it names from <strong>{{ question.origin }}</strong>.
        </p>
        <p>Allow only a site you trust: you can then install plugins from it. Each plugin still asks before it can use anything.</p>
      </toju-confirm-dialog>
    }
    @if (installer.uninstallQuestion(); as question) {
      <toju-confirm-dialog
        [title]="'Uninstall ' + question.title + '?'"
        confirmLabel="Uninstall"
        (confirmed)="installer.confirmUninstall()"
        (cancelled)="installer.cancelUninstall()"
      >
        <p>{{ question.title }} stops, and its folder, the data it kept on this device and its settings are removed.</p>
      </toju-confirm-dialog>
    }
  `,
})
export class PluginInstallDialogsComponent {
  protected readonly installer = inject(PluginInstallerService);
}
