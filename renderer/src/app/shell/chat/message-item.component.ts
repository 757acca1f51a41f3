// One message: who sent it and when, the actions plugins offer for it, its text with links, its attachments as
// download links, and the embeds of whatever the plugins offer for its links and attachments.
import { NgComponentOutlet } from "@angular/common";
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from "@angular/core";
import type { Attachment, ChatMessage } from "@toju/generated/types/contract";
import { AttachmentTransferService } from "../../domains/chat/attachment-transfer.service";
import { findMessageLinks, splitMessageText } from "../../domains/chat/message-links";
import { PluginActionsComponent } from "../plugins/plugin-actions.component";
import { failureText } from "./failure-text";
import { MESSAGE_EMBEDS } from "./message-embeds";

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

@Component({
  selector: "toju-message-item",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgComponentOutlet, PluginActionsComponent],
  template: `
    <div class="message-meta">
      <span class="author">{{ authorName() }}</span>
      @if (message().pluginId) {
        <span class="badge" title="Posted by a plugin">plugin</span>
      }
      <time [attr.datetime]="message().sentAt" [title]="fullTime()">{{ shortTime() }}</time>
      <toju-plugin-actions class="message-actions" context="message" [targetId]="message().messageId" />
    </div>
    @if (message().content) {
      <!-- Every part is an element: the template's own whitespace is dropped, the text's is kept (white-space: pre-wrap). -->
      <p class="message-text">
        @for (part of parts(); track $index) {
          @if (part.url) {
            <a [href]="part.url" target="_blank" rel="noopener noreferrer">{{ part.text }}</a>
          } @else {
            <span>{{ part.text }}</span>
          }
        }
      </p>
    }
    @if (message().attachments?.length) {
      <ul class="attachments">
        @for (attachment of message().attachments; track attachment.id) {
          <li>
            <a [href]="attachment.url" (click)="download($event, attachment)">{{ attachment.name }}</a>
            <span class="size">{{ size(attachment.size) }}</span>
          </li>
        }
      </ul>
    }
    @if (problem(); as text) {
      <p class="error" role="alert">{{ text }}</p>
    }
    @if (embeds) {
      <ng-container *ngComponentOutlet="embeds; inputs: { message: message(), urls: urls() }" />
    }
  `,
})
export class MessageItemComponent {
  readonly message = input.required<ChatMessage>();
  /** The author's name as the members list knows it. */
  readonly author = input<string>();

  private readonly transfers = inject(AttachmentTransferService);
  protected readonly embeds = inject(MESSAGE_EMBEDS);
  protected readonly problem = signal<string | undefined>(undefined);
  protected readonly parts = computed(() => splitMessageText(this.message().content));
  /** The links offered to embed renderers. */
  readonly urls = computed(() => findMessageLinks(this.message().content));
  protected readonly authorName = computed(() => this.message().authorDisplayName ?? this.author() ?? "Unknown user");
  protected readonly shortTime = computed(() => {
    const sent = new Date(this.message().sentAt);
    return sent.toDateString() === new Date().toDateString() ? timeFormat.format(sent) : dateTimeFormat.format(sent);
  });
  protected readonly fullTime = computed(() => dateTimeFormat.format(new Date(this.message().sentAt)));

  protected size(bytes: number): string {
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }

  /** The route needs the bearer token, which a plain link cannot send: fetch it, then save it from a Blob URL. */
  protected async download(event: Event, attachment: Attachment): Promise<void> {
    event.preventDefault();
    this.problem.set(undefined);
    try {
      await this.transfers.download(attachment);
    } catch (error) {
      this.problem.set(
        `“${attachment.name}” could not be downloaded. ${failureText(error, { forbidden: "Only members may download it." })}`,
      );
    }
  }
}
