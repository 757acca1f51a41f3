// The open channel: its title, the sections plugins add to it, its messages and the composer.
import { ChangeDetectionStrategy, Component, inject } from "@angular/core";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { ChannelSectionsComponent } from "../plugins/channel-sections.component";
import { ComposerComponent } from "./composer.component";
import { MessageListComponent } from "./message-list.component";

@Component({
  selector: "toju-channel-view",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChannelSectionsComponent, MessageListComponent, ComposerComponent],
  template: `
    @if (session.currentChannel(); as channel) {
      <h2 class="channel-title"><span aria-hidden="true">#</span>{{ channel.name }}</h2>
      <toju-channel-sections class="channel-sections" [channelId]="channel.id" />
      <toju-message-list />
      <toju-composer />
    } @else {
      <p class="empty choose-channel">Choose a channel.</p>
    }
  `,
})
export class ChannelViewComponent {
  protected readonly session = inject(ChatSessionService);
}
