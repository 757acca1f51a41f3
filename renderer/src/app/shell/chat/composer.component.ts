// The message composer: Enter sends, Shift+Enter starts a new line; "/" offers the running plugins' slash commands,
// and a line naming one runs it instead of being sent. Files are uploaded as they are chosen (over 8 MiB the composer
// says so and sends nothing) and go with the next message. The plugins' composer actions sit under the text.
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, signal, viewChild } from "@angular/core";
import type { Attachment } from "@toju/generated/types/contract";
import { AttachmentTooLargeError, AttachmentTransferService } from "../../domains/chat/attachment-transfer.service";
import { ChannelMessagesService } from "../../domains/chat/channel-messages.service";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { messageText, readSlashInput, type SlashCommand } from "../../domains/plugins/ui-registry/slash-commands";
import { PluginActionsComponent } from "../plugins/plugin-actions.component";
import { CommandMenuComponent } from "./command-menu.component";
import { failureText } from "./failure-text";
import { SlashCommandCompletion, type CompletionOutcome } from "./slash-command-completion";

const MAX_CONTENT = 4000;
const MAX_ATTACHMENTS = 10;
const MENU_ID = "composer-commands";

@Component({
  selector: "toju-composer",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CommandMenuComponent, PluginActionsComponent],
  providers: [SlashCommandCompletion],
  template: `
    <form class="composer" (submit)="$event.preventDefault(); submit()">
      @if (completion.menu(); as menu) {
        <toju-command-menu
          class="command-menu"
          [id]="menuId"
          [label]="menu.label"
          [commands]="menu.commands"
          [active]="completion.active()"
          (chosen)="chosen($event)"
        />
      }
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
          aria-autocomplete="list"
          [attr.aria-controls]="completion.menu() ? menuId : null"
          [attr.aria-activedescendant]="completion.menu() ? menuId + '-' + completion.active() : null"
          [attr.aria-describedby]="completion.usage() ? 'composer-usage' : null"
          [attr.maxlength]="maxContent"
          [placeholder]="placeholder()"
          [value]="content()"
          (input)="edit(text.value)"
          (keydown)="keydown($event)"
        ></textarea>
        <button type="submit" class="primary" [disabled]="!canSubmit()">Send</button>
      </div>
      <toju-plugin-actions class="composer-actions" context="composer" [targetId]="session.currentChannelId()" />
      @if (completion.usage(); as usage) {
        <p class="hint command-usage-hint" id="composer-usage">{{ usage }}</p>
      }
      @if (completion.runningLine(); as line) {
        <p class="status" role="status">Running {{ line }}…</p>
      }
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
  protected readonly completion = inject(SlashCommandCompletion);
  private readonly messages = inject(ChannelMessagesService);
  private readonly transfers = inject(AttachmentTransferService);
  private readonly text = viewChild.required<ElementRef<HTMLTextAreaElement>>("text");
  protected readonly menuId = MENU_ID;
  protected readonly maxContent = MAX_CONTENT;
  protected readonly content = this.completion.text.asReadonly();
  protected readonly attachments = signal<Attachment[]>([]);
  protected readonly uploading = signal<string | undefined>(undefined);
  protected readonly sending = signal(false);
  protected readonly problem = signal<string | undefined>(undefined);
  protected readonly placeholder = computed(
    () => `Message #${this.session.currentChannel()?.name ?? ""}${this.completion.commands().length ? " — “/” for commands" : ""}`,
  );
  private readonly command = computed(() => readSlashInput(this.content()) !== undefined);
  private readonly canSend = computed(
    () =>
      !this.sending() &&
      this.uploading() === undefined &&
      this.session.connection() === "connected" &&
      (this.content().trim() !== "" || this.attachments().length > 0),
  );
  /** A command line may run while offline: the plugin decides what it needs. */
  protected readonly canSubmit = computed(() =>
    this.command() ? this.completion.runningLine() !== this.content().trim() : this.canSend(),
  );

  constructor() {
    // Files are uploaded to one channel and may go only with a message to it.
    effect(() => {
      this.session.currentChannelId();
      this.attachments.set([]);
    });
  }

  protected edit(text: string): void {
    this.completion.edited(text);
    this.problem.set(undefined);
  }

  protected keydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const outcome = this.completion.key(event);
    if (outcome.kind !== "ignored") {
      event.preventDefault();
      this.follow(outcome);
      return;
    }
    if (event.key !== "Enter" || event.shiftKey) return;
    event.preventDefault();
    void this.submit();
  }

  protected chosen(command: SlashCommand): void {
    this.follow(this.completion.choose(command, "click"));
  }

  /** Enter or Send: a line naming a command runs it (never sent as a message); any other line is sent. */
  protected async submit(): Promise<void> {
    if (!this.canSubmit()) return;
    const line = this.content().trim();
    if (readSlashInput(line) === undefined) return this.send(messageText(line));
    this.problem.set(undefined);
    const asked = this.completion.submit(line);
    if ("refusal" in asked) this.problem.set(asked.refusal);
    else if ("command" in asked) await this.runCommand(asked.command, asked.args, line);
  }

  private follow(outcome: CompletionOutcome): void {
    if (outcome.kind === "replace" || outcome.kind === "run") this.showText(outcome.text);
    if (outcome.kind === "run") void this.runCommand(outcome.command, outcome.args, outcome.text.trim());
  }

  private async runCommand(command: SlashCommand, args: string, line: string): Promise<void> {
    this.problem.set(undefined);
    const refusal = await this.completion.run(command, args, line, this.session.currentChannelId());
    if (refusal !== undefined) this.problem.set(refusal);
    else if (this.content().trim() === line) this.showText("");
    this.focus();
  }

  private async send(content: string): Promise<void> {
    const attachments = this.attachments();
    this.sending.set(true);
    this.problem.set(undefined);
    try {
      await this.messages.send(
        content,
        attachments.map((attachment) => attachment.id),
      );
      this.showText("");
      this.attachments.set([]);
    } catch (error) {
      this.problem.set(`Your message was not sent. ${failureText(error, { not_member: "You are not a member of this server." })}`);
    } finally {
      this.sending.set(false);
      this.focus();
    }
  }

  /** The text the composer shows and keeps, with the caret at its end. */
  private showText(text: string): void {
    this.completion.edited(text);
    const element = this.text().nativeElement;
    element.value = text;
    element.setSelectionRange(text.length, text.length);
  }

  private focus(): void {
    this.text().nativeElement.focus();
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
