// The chat's main column: the open channel (or, with no server open, how to get one) and the pages running plugins
// add. With pages there is a tab list: "Chat", then one tab per page named by its title; the open page is a region
// named by its title. The chat stays in the page while hidden, so a draft or the scroll position survives a visit.
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChildren } from "@angular/core";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import type { UiContributionEntry } from "../../domains/plugins/ui-registry/plugin-ui-registry.service";
import { ContributionHostDirective } from "../plugins/contribution-host.directive";
import { ChannelViewComponent } from "./channel-view.component";

const CHAT = "chat";

@Component({
  selector: "toju-chat-main",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChannelViewComponent, ContributionHostDirective],
  template: `
    @if (store.pages().length) {
      <div class="view-tabs" role="tablist" aria-label="Views" (keydown)="moveFocus($event)">
        @for (view of views(); track view.key) {
          <button
            #tab
            type="button"
            role="tab"
            class="view-tab"
            [id]="'view-tab-' + view.key"
            [attr.aria-selected]="view.key === openKey()"
            [attr.aria-controls]="'view-' + view.key"
            [tabIndex]="view.key === openKey() ? 0 : -1"
            (click)="open(view.key)"
          >
            {{ view.title }}
          </button>
        }
      </div>
    }
    <div
      class="view view-chat"
      id="view-chat"
      [attr.role]="store.pages().length ? 'tabpanel' : null"
      [attr.aria-labelledby]="store.pages().length ? 'view-tab-chat' : null"
      [hidden]="openPage() !== undefined"
    >
      @if (session.currentServer()) {
        <toju-channel-view class="channel-view" />
      } @else {
        <div class="welcome">
          @if (session.error(); as message) {
            <p class="error" role="alert">{{ message }}</p>
          }
          <h2>You are not in a server yet</h2>
          <p>
            Create a server with <strong>Create server</strong>, or ask a server's owner for its ID and use <strong>Join server</strong>.
          </p>
        </div>
      }
    </div>
    @if (openPage(); as page) {
      <div class="view view-page" role="tabpanel" [id]="'view-' + keyOf(page)" [attr.aria-labelledby]="'view-tab-' + keyOf(page)">
        <section
          class="plugin-page"
          [attr.aria-label]="page.title"
          [attr.data-page]="pageKey(page)"
          [tojuContributionHost]="page"
        ></section>
      </div>
    }
  `,
})
export class ChatMainComponent {
  protected readonly session = inject(ChatSessionService);
  protected readonly store = inject(PluginStoreService);
  private readonly tabs = viewChildren<ElementRef<HTMLButtonElement>>("tab");
  private readonly chosen = signal(CHAT);
  protected readonly views = computed(() => [
    { key: CHAT, title: "Chat" },
    ...this.store.pages().map((page) => ({ key: this.keyOf(page), title: page.title })),
  ]);
  /** The chosen page while it runs; the chat when it stops. */
  protected readonly openPage = computed(() => this.store.pages().find((page) => this.keyOf(page) === this.chosen()));
  protected readonly openKey = computed(() => (this.openPage() ? this.chosen() : CHAT));

  protected open(key: string): void {
    this.chosen.set(key);
  }

  /** Arrow keys, Home and End move between the tabs (and open the one they reach). */
  protected moveFocus(event: KeyboardEvent): void {
    const views = this.views();
    const at = views.findIndex((view) => view.key === this.openKey());
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: views.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + views.length) % views.length;
    this.open(views[index].key);
    this.tabs()[index]?.nativeElement.focus();
  }

  /** An id-safe key: a plugin id and a contribution id, joined. */
  protected keyOf(page: UiContributionEntry<"page">): string {
    return `page-${page.pluginId}--${page.id}`;
  }

  /** The `data-page` the pages component uses too: `pluginId/id`. */
  protected pageKey(page: UiContributionEntry<"page">): string {
    return `${page.pluginId}/${page.id}`;
  }
}
