// The embed renderers that accept one link or attachment (the manifest's `match`, then the plugin's `matches`), each
// rendering it in a region named by its title.
import { ChangeDetectionStrategy, Component, computed, inject, input } from "@angular/core";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { ContributionHostDirective, type RenderableContribution } from "./contribution-host.directive";

@Component({
  selector: "toju-plugin-embeds",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ContributionHostDirective],
  template: `
    @for (embed of embeds(); track embed.pluginId + "/" + embed.id) {
      <section class="plugin-embed" [attr.aria-label]="embed.title" [attr.data-embed]="embed.pluginId + '/' + embed.id">
        <div [tojuContributionHost]="embed"></div>
      </section>
    }
  `,
})
export class PluginEmbedsComponent {
  /** The link, or the attachment's URL. */
  readonly url = input.required<string>();
  /** The attachment's media type, when it is one. */
  readonly mediaType = input<string>();
  private readonly store = inject(PluginStoreService);
  /** One render per matching embed, made again only when the source or the registrations change. */
  protected readonly embeds = computed<RenderableContribution[]>(() => {
    const url = this.url();
    const mediaType = this.mediaType();
    const source = mediaType === undefined ? { url } : { url, mediaType };
    return this.store.embedsFor(url, mediaType).map((entry) => ({
      pluginId: entry.pluginId,
      id: entry.id,
      title: entry.title,
      registration: { render: (host: HTMLElement) => entry.registration.render(host, { ...source }) },
    }));
  });
}
