// Where an install, update or uninstall started, its progress ("Installing …", busy) and then how it ended: a status
// line, or an alert with the reason and the desktop's details.
import { ChangeDetectionStrategy, Component, computed, inject, input } from "@angular/core";
import { PluginInstallerService, type InstallTarget } from "../../domains/plugins/shell/plugin-installer.service";

@Component({
  selector: "toju-install-status",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown(); as activity) {
      @if (activity.state === "failed") {
        <div class="install-failure" role="alert">
          <p>{{ activity.message }}</p>
          @if (activity.details.length) {
            <ul>
              @for (detail of activity.details; track $index) {
                <li>{{ detail }}</li>
              }
            </ul>
          }
        </div>
      } @else {
        <p class="install-progress" role="status" [attr.aria-busy]="activity.state === 'busy'" [attr.data-state]="activity.state">
          {{ activity.message }}
        </p>
      }
    }
  `,
  styles: `
    .install-failure {
      color: #9b1c1c;
      font-size: 0.85rem;
    }
    .install-failure ul {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
    }
    .install-progress {
      font-size: 0.85rem;
    }
    .install-progress[aria-busy="true"]::before {
      content: "⏳ ";
    }
  `,
})
export class InstallStatusComponent {
  readonly target = input.required<InstallTarget>();
  private readonly installer = inject(PluginInstallerService);
  protected readonly shown = computed(() => {
    const activity = this.installer.activity();
    return activity?.target === this.target() ? activity : undefined;
  });
}
