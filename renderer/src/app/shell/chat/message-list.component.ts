// The open channel's messages: the newest page first, older pages when the user scrolls to the top (or presses
// "Load older messages"), new messages live. The view stays at the bottom while the user is there, and keeps its
// place when older messages are added above.
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  untracked,
  viewChild,
} from "@angular/core";
import { ChannelMessagesService } from "../../domains/chat/channel-messages.service";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { MessageItemComponent } from "./message-item.component";

/** Within this many pixels of an edge counts as being there. */
const EDGE_PX = 64;

@Component({
  selector: "toju-message-list",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MessageItemComponent],
  template: `
    <section class="messages" aria-label="Messages">
      <div class="message-scroller" #scroller tabindex="0" (scroll)="scrolled()">
        @if (store.hasOlder()) {
          <button type="button" class="load-older" [disabled]="store.loadingOlder()" (click)="store.loadOlder()">
            {{ store.loadingOlder() ? "Loading older messages…" : "Load older messages" }}
          </button>
        } @else if (!store.loading() && store.messages().length > 0) {
          <p class="history-start">This is the start of #{{ channelName() }}.</p>
        }
        @if (store.loading()) {
          <p class="status" role="status">Loading messages…</p>
        } @else if (store.messages().length === 0 && !store.error()) {
          <p class="empty">No messages in #{{ channelName() }} yet. Say hello!</p>
        }
        @if (store.error(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
        <ol class="message-list">
          @for (message of store.messages(); track message.messageId) {
            <li class="message" [class.mine]="message.authorUserId === session.user()?.id && !message.pluginId">
              <toju-message-item [message]="message" [author]="authors().get(message.authorUserId)" />
            </li>
          }
        </ol>
      </div>
    </section>
  `,
})
export class MessageListComponent {
  protected readonly store = inject(ChannelMessagesService);
  protected readonly session = inject(ChatSessionService);
  private readonly scroller = viewChild.required<ElementRef<HTMLElement>>("scroller");
  protected readonly channelName = computed(() => this.session.currentChannel()?.name ?? "");
  protected readonly authors = computed(
    () => new Map(this.session.members().map((member) => [member.userId, member.displayName ?? member.username])),
  );
  private firstShownId?: string;
  private lastShownId?: string;

  constructor() {
    const injector = inject(Injector);
    // Runs before the list is re-rendered: measure, then restore the reader's place once the DOM is updated.
    effect(() => {
      const messages = this.store.messages();
      untracked(() => {
        const element = this.scroller().nativeElement;
        const before = { height: element.scrollHeight, top: element.scrollTop };
        const atBottom = before.height - before.top - element.clientHeight <= EDGE_PX;
        const first = messages[0]?.messageId;
        const prepended =
          this.firstShownId !== undefined && first !== this.firstShownId && messages.some((m) => m.messageId === this.firstShownId);
        const last = messages.at(-1);
        const sentByMe = last !== undefined && last.messageId !== this.lastShownId && last.authorUserId === this.session.user()?.id;
        this.firstShownId = first;
        this.lastShownId = last?.messageId;
        afterNextRender(
          () => {
            if (prepended) element.scrollTop = element.scrollHeight - before.height + before.top;
            else if (atBottom || sentByMe) element.scrollTop = element.scrollHeight;
          },
          { injector },
        );
      });
    });
  }

  protected scrolled(): void {
    if (this.scroller().nativeElement.scrollTop <= EDGE_PX) void this.store.loadOlder();
  }
}
