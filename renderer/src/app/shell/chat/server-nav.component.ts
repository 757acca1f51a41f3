// The servers the user belongs to, by name, with Create server and Join server (a server's ID, shared by its owner).
import { ChangeDetectionStrategy, Component, inject, signal } from "@angular/core";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { failureText } from "./failure-text";
import { NameDialogComponent } from "./name-dialog.component";

@Component({
  selector: "toju-server-nav",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NameDialogComponent],
  template: `
    <nav class="server-nav" aria-label="Servers">
      @if (session.servers().length === 0) {
        <p class="empty">No servers yet.</p>
      }
      <ul>
        @for (server of session.servers(); track server.id) {
          <li>
            <button
              type="button"
              class="server-button"
              [class.current]="server.id === session.currentServer()?.id"
              [attr.aria-current]="server.id === session.currentServer()?.id ? 'true' : null"
              [title]="server.name"
              (click)="open(server.id)"
            >
              {{ server.name }}
            </button>
          </li>
        }
      </ul>
      <div class="server-nav-actions">
        <button type="button" (click)="dialog.set('create')">Create server</button>
        <button type="button" (click)="dialog.set('join')">Join server</button>
      </div>
      @if (problem(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
    </nav>
    @switch (dialog()) {
      @case ("create") {
        <toju-name-dialog
          title="Create server"
          label="Server name"
          submitLabel="Create"
          hint="You will own it; a #general channel is made for you."
          [action]="create"
          (closed)="dialog.set(undefined)"
        />
      }
      @case ("join") {
        <toju-name-dialog
          title="Join server"
          label="Server ID"
          submitLabel="Join"
          hint="Ask the server's owner for its ID."
          [maxLength]="64"
          [action]="join"
          [wording]="joinWording"
          (closed)="dialog.set(undefined)"
        />
      }
    }
  `,
})
export class ServerNavComponent {
  protected readonly session = inject(ChatSessionService);
  protected readonly dialog = signal<"create" | "join" | undefined>(undefined);
  protected readonly problem = signal<string | undefined>(undefined);
  protected readonly joinWording = {
    not_found: "No server has this ID. Check it with the server's owner.",
    invalid_request: "A server ID is letters, digits, “_” and “-” only.",
  };
  protected readonly create = (name: string) => this.session.createServer(name);
  protected readonly join = (serverId: string) => this.session.joinServer(serverId);

  protected async open(serverId: string): Promise<void> {
    this.problem.set(undefined);
    try {
      await this.session.openServer(serverId);
    } catch (error) {
      this.problem.set(`The server could not be opened. ${failureText(error)}`);
    }
  }
}
