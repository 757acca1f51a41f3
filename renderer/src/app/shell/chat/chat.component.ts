// The connected chat: sign-in while signed out; else the servers, the open server's channels, the channel's
// messages and composer, and its members.
import { ChangeDetectionStrategy, Component, inject } from "@angular/core";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { ChannelNavComponent } from "./channel-nav.component";
import { ComposerComponent } from "./composer.component";
import { MemberListComponent } from "./member-list.component";
import { MessageListComponent } from "./message-list.component";
import { ServerNavComponent } from "./server-nav.component";
import { SignInComponent } from "./sign-in.component";

@Component({
  selector: "toju-chat",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SignInComponent, ServerNavComponent, ChannelNavComponent, MessageListComponent, ComposerComponent, MemberListComponent],
  template: `
    @if (session.user()) {
      <div class="chat" [class.with-server]="session.currentServer()">
        <toju-server-nav />
        @if (session.currentServer()) {
          <toju-channel-nav />
          <div class="channel-view">
            @if (session.currentChannel(); as channel) {
              <h2 class="channel-title"><span aria-hidden="true">#</span>{{ channel.name }}</h2>
              <toju-message-list />
              <toju-composer />
            } @else {
              <p class="empty">Choose a channel.</p>
            }
          </div>
          <toju-member-list />
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
    } @else if (session.restoring()) {
      <p class="status session-status" role="status">Restoring your session…</p>
    } @else {
      <toju-sign-in />
    }
  `,
})
export class ChatComponent {
  protected readonly session = inject(ChatSessionService);
}
