// What `MESSAGE_EMBEDS` renders in the running shell: the plugins' embed renderers for each link of a message and for
// each of its attachments (with its media type), under the message.
import { ChangeDetectionStrategy, Component, computed, input } from "@angular/core";
import type { ChatMessage } from "@toju/generated/types/contract";
import { PluginEmbedsComponent } from "../plugins/plugin-embeds.component";

@Component({
  selector: "toju-message-plugin-embeds",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PluginEmbedsComponent],
  template: `
    @for (source of sources(); track source.key) {
      <toju-plugin-embeds class="message-embeds" [url]="source.url" [mediaType]="source.mediaType" />
    }
  `,
})
export class MessagePluginEmbedsComponent {
  readonly message = input.required<ChatMessage>();
  readonly urls = input.required<string[]>();
  protected readonly sources = computed(() => [
    ...this.urls().map((url) => ({ key: `link ${url}`, url, mediaType: undefined })),
    ...(this.message().attachments ?? []).map(({ id, url, mediaType }) => ({ key: `attachment ${id}`, url, mediaType })),
  ]);
}
