// The sections running plugins add to a channel's view, each a region named by its title; a section registered for
// one channel shows only there.
import { ChangeDetectionStrategy, Component, computed, inject, input } from "@angular/core";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { ContributionHostDirective } from "./contribution-host.directive";

@Component({
  selector: "toju-channel-sections",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ContributionHostDirective],
  template: `
    @for (section of sections(); track section.pluginId + "/" + section.id) {
      <section class="channel-section" [attr.aria-label]="section.title" [attr.data-channel-section]="section.pluginId + '/' + section.id">
        <h3>{{ section.title }}</h3>
        <div [tojuContributionHost]="section"></div>
      </section>
    }
  `,
  styles: `
    .channel-section h3 {
      margin: 0 0 0.25rem;
      font-size: 0.95rem;
    }
  `,
})
export class ChannelSectionsComponent {
  /** The open channel; without one, only sections not tied to a channel show. */
  readonly channelId = input<string>();
  private readonly store = inject(PluginStoreService);
  protected readonly sections = computed(() => {
    const channelId = this.channelId();
    return this.store.channelSections().filter((section) => {
      const only = section.registration.channelId;
      return only === undefined || only === channelId;
    });
  });
}
