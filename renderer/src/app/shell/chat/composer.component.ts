// The message composer: Enter sends, Shift+Enter starts a new line; files are uploaded as they are chosen (over 8 MiB
// the composer says so and sends nothing) and go with the next message.
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, signal, viewChild } from "@angular/core";
import type { Attachment } from "@toju/generated/types/contract";
import { AttachmentTooLargeError, AttachmentTransferService } from "../../domains/chat/attachment-transfer.service";
import { ChannelMessagesService } from "../../domains/chat/channel-messages.service";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { failureText } from "./failure-text";

const MAX_CONTENT = 4000;
const MAX_ATTACHMENTS = 10;

@Component({
  selector: "toju-composer",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="composer" (submit)="$event.preventDefault(); send()">
      @if (attachments().length > 0) {
        <ul class="pending-attachments" aria-label="Files to send">
          @for (attachment of attachments(); track attachment.id) {
            <li>
              <span>{{ attachment.name }}</span>
              <button type="button" class="small" [attr.aria-label]="'Remove ' + attachment.name" (click)="remove(attachment.id)">×</button>
            </li>
          }
        </ul>
      }
      <div class="composer-row">
        <label class="attach-button" title="Attach a file (at most 8 MiB)">
          <input #files type="file" class="visually-hidden" aria-label="Attach file" multiple (change)="attach(files)" />
          <span aria-hidden="true">+</span>
        </label>
        <label for="composer-message" class="visually-hidden">Message</label>
        <textarea
          #text
          id="composer-message"
          rows="1"
          [attr.maxlength]="maxContent"
          [placeholder]="placeholder()"
          [value]="content()"
          (input)="content.set(text.value)"
          (keydown)="keydown($event)"
        ></textarea>
        <button type="submit" class="primary" [disabled]="!canSend()">Send</button>
      </div>
      @if (uploading(); as name) {
        <p class="status" role="status">Uploading “{{ name }}”…</p>
      }
      @if (session.connection() !== "connected") {
        <p class="hint">Messages can be sent again once the connection is back.</p>
      }
      @if (problem(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
    </form>
  `,
})
export class ComposerComponent {
  protected readonly session = inject(ChatSessionService);
  private readonly messages = inject(ChannelMessagesService);
  private readonly transfers = inject(AttachmentTransferService);
  private readonly text = viewChild.required<ElementRef<HTMLTextAreaElement>>("text");
  protected readonly maxContent = MAX_CONTENT;
  protected readonly content = signal("");
  protected readonly attachments = signal<Attachment[]>([]);
  protected readonly uploading = signal<string | undefined>(undefined);
  protected readonly sending = signal(false);
  protected readonly problem = signal<string | undefined>(undefined);
  protected readonly placeholder = computed(() => `Message #${this.session.currentChannel()?.name ?? ""}`);
  protected readonly canSend = computed(
    () =>
      !this.sending() &&
      this.uploading() === undefined &&
      this.session.connection() === "connected" &&
      (this.content().trim() !== "" || this.attachments().length > 0),
  );

  constructor() {
    // Files are uploaded to one channel and may go only with a message to it.
    effect(() => {
      this.session.currentChannelId();
      this.attachments.set([]);
    });
  }

  protected keydown(event: KeyboardEvent): void {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    void this.send();
  }

  protected async send(): Promise<void> {
    if (!this.canSend()) return;
    const content = this.content().trim();
    const attachments = this.attachments();
    this.sending.set(true);
    this.problem.set(undefined);
    try {
      await this.messages.send(
        content,
        attachments.map((attachment) => attachment.id),
      );
      this.content.set("");
      this.attachments.set([]);
    } catch (error) {
      this.problem.set(`Your message was not sent. ${failureText(error, { not_member: "You are not a member of this server." })}`);
    } finally {
      this.sending.set(false);
      this.text().nativeElement.focus();
    }
  }

  protected async attach(input: HTMLInputElement): Promise<void> {
    const chosen = Array.from(input.files ?? []);
    input.value = "";
    this.problem.set(undefined);
    for (const file of chosen) {
      if (this.attachments().length >= MAX_ATTACHMENTS) {
        this.problem.set(`A message carries at most ${MAX_ATTACHMENTS} files.`);
        return;
      }
      this.uploading.set(file.name);
      try {
        const attachment = await this.transfers.upload(file, file.name);
        this.attachments.update((list) => [...list, attachment]);
      } catch (error) {
        this.problem.set(
          error instanceof AttachmentTooLargeError
            ? error.message
            : `“${file.name}” could not be uploaded. ${failureText(error, { payload_too_large: "It is larger than 8 MiB." })}`,
        );
      } finally {
        this.uploading.set(undefined);
      }
    }
  }

  protected remove(attachmentId: string): void {
    this.attachments.update((list) => list.filter((attachment) => attachment.id !== attachmentId));
  }
}
