// The connected chat: sign-in while signed out; else the servers, the open server's channels, the main column (the
// channel or the plugins' pages), its members, and the panels running plugins add around it (left, right, bottom).
import { ChangeDetectionStrategy, Component, computed, inject } from "@angular/core";
import type { PluginPanelLocation } from "@toju/generated/types/contract";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { PluginPanelsComponent, panelLocation } from "../plugins/plugin-panels.component";
import { ChannelNavComponent } from "./channel-nav.component";
import { ChatMainComponent } from "./chat-main.component";
import { MemberListComponent } from "./member-list.component";
import { ServerNavComponent } from "./server-nav.component";
import { SignInComponent } from "./sign-in.component";

@Component({
  selector: "toju-chat",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SignInComponent, ServerNavComponent, ChannelNavComponent, ChatMainComponent, MemberListComponent, PluginPanelsComponent],
  template: `
    @if (session.user()) {
      <div class="chat" [class.with-server]="session.currentServer()">
        <toju-server-nav />
        @if (session.currentServer()) {
          <toju-channel-nav />
        }
        @if (has().left) {
          <toju-plugin-panels class="chat-panels left-panels" location="left" />
        }
        <toju-chat-main class="chat-main" />
        @if (session.currentServer() || has().right) {
          <div class="chat-side">
            @if (session.currentServer()) {
              <toju-member-list />
            }
            @if (has().right) {
              <toju-plugin-panels class="chat-panels right-panels" location="right" />
            }
          </div>
        }
      </div>
      @if (has().bottom) {
        <toju-plugin-panels class="chat-panels bottom-panels" location="bottom" />
      }
    } @else if (session.restoring()) {
      <p class="status session-status" role="status">Restoring your session…</p>
    } @else {
      <toju-sign-in />
    }
  `,
})
export class ChatComponent {
  protected readonly session = inject(ChatSessionService);
  private readonly store = inject(PluginStoreService);
  /** Which places have a panel: a place without one takes no room. */
  protected readonly has = computed(() => {
    const places = new Set<PluginPanelLocation>(this.store.panels().map(panelLocation));
    return { left: places.has("left"), right: places.has("right"), bottom: places.has("bottom") };
  });
}
