// The open server: its name and ID (to share so others can join), its channels by name, and Create channel for admins.
import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from "@angular/core";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { NameDialogComponent } from "./name-dialog.component";

@Component({
  selector: "toju-channel-nav",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NameDialogComponent],
  template: `
    @if (session.currentServer(); as server) {
      <nav class="channel-nav" aria-label="Channels">
        <header class="server-header">
          <h2>{{ server.name }}</h2>
          <div class="server-id">
            <label for="server-id-value">Server ID</label>
            <input #serverId id="server-id-value" type="text" readonly [value]="server.id" (focus)="serverId.select()" />
            <button type="button" class="small" (click)="copy(server.id)">Copy server ID</button>
          </div>
          <p class="hint">Share the ID so others can join.</p>
          @if (copied()) {
            <p class="hint" role="status">{{ copied() }}</p>
          }
        </header>
        <ul>
          @for (channel of server.channels; track channel.id) {
            <li>
              <button
                type="button"
                class="channel-button"
                [class.current]="channel.id === session.currentChannelId()"
                [attr.aria-current]="channel.id === session.currentChannelId() ? 'true' : null"
                (click)="session.openChannel(channel.id)"
              >
                <span aria-hidden="true" class="channel-hash">#</span>{{ channel.name }}
              </button>
            </li>
          }
        </ul>
        @if (session.canManageServer()) {
          <button type="button" class="create-channel" (click)="creating.set(true)">Create channel</button>
        }
      </nav>
      @if (creating()) {
        <toju-name-dialog
          title="Create channel"
          label="Channel name"
          submitLabel="Create"
          [action]="create"
          [wording]="createWording"
          (closed)="creating.set(false)"
        />
      }
    }
  `,
})
export class ChannelNavComponent {
  protected readonly session = inject(ChatSessionService);
  private readonly clipboard = inject(DOCUMENT).defaultView?.navigator.clipboard;
  protected readonly creating = signal(false);
  protected readonly copied = signal<string | undefined>(undefined);
  protected readonly createWording = { conflict: "This server already has a channel of that name." };
  protected readonly create = (name: string) => this.session.createChannel(name);

  protected async copy(serverId: string): Promise<void> {
    try {
      if (!this.clipboard) throw new Error("no clipboard");
      await this.clipboard.writeText(serverId);
      this.copied.set("Server ID copied.");
    } catch {
      this.copied.set("Copying is not allowed here; select the ID and copy it.");
    }
  }
}
