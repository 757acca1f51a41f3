// The shell's root: the header (connection state, who is signed in, Log out, the links to the plugin manager and the
// plugin settings), the connected chat with what plugins contribute to it, and the plugin manager with the plugins'
// settings. Signed out there is no chat to place contributions in: they show together beside the manager. Starts the
// plugin runtime and picks up the tab's session once.
import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, type OnInit } from "@angular/core";
import { ChatSessionService } from "../domains/chat/chat-session.service";
import { PluginRequirementStateService } from "../domains/plugins/shell/plugin-requirement-state.service";
import { PluginStoreService } from "../domains/plugins/shell/plugin-store.service";
import type { ConnectionState } from "../domains/session/shell-session";
import { ChatComponent } from "./chat/chat.component";
import { PluginContributionsComponent } from "./plugins/plugin-contributions.component";
import { PluginListComponent } from "./plugins/plugin-list.component";
import { PluginSettingsComponent } from "./plugins/plugin-settings.component";

const CONNECTION_TEXT: Record<ConnectionState, string> = {
  "signed-out": "Not connected to a server",
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
  offline: "Offline",
};

@Component({
  selector: "toju-root",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChatComponent, PluginListComponent, PluginContributionsComponent, PluginSettingsComponent],
  template: `
    <header class="app-header">
      <h1>Toju</h1>
      <p class="connection" role="status" [attr.data-state]="session.connection()">
        <span class="connection-dot" aria-hidden="true"></span>{{ connectionText() }}
      </p>
      <nav aria-label="Shell">
        <a href="#plugins">Plugins</a>
        @if (session.user()) {
          <a href="#plugin-settings">Plugin settings</a>
        }
      </nav>
      @if (session.user(); as user) {
        <span class="signed-in-as">{{ user.displayName ?? user.username }}</span>
        <button type="button" class="log-out" (click)="session.logOut()">Log out</button>
      }
    </header>
    @if (store.error(); as error) {
      <p class="start-error" role="alert">{{ error }}</p>
    }
    <main>
      <toju-chat />
      <div class="plugin-area">
        <toju-plugin-list />
        @if (session.user()) {
          <section class="plugin-settings-area" id="plugin-settings" aria-labelledby="plugin-settings-title">
            <h2 id="plugin-settings-title">Plugin settings</h2>
            @if (hasSettings()) {
              <toju-plugin-settings />
            } @else {
              <p class="empty">No plugin has settings yet.</p>
            }
          </section>
        } @else {
          <toju-plugin-contributions />
        }
      </div>
    </main>
  `,
})
export class AppComponent implements OnInit {
  protected readonly store = inject(PluginStoreService);
  protected readonly session = inject(ChatSessionService);
  protected readonly connectionText = computed(() => CONNECTION_TEXT[this.session.connection()]);
  protected readonly hasSettings = computed(() => this.store.settingsPages().length + this.store.settingsForms().length > 0);

  constructor() {
    inject(PluginRequirementStateService);
    const document = inject(DOCUMENT);
    effect(() => {
      const server = this.session.currentServer();
      const channel = this.session.currentChannel();
      document.title = server ? `${channel ? `#${channel.name} · ` : ""}${server.name} — Toju` : "Toju";
    });
  }

  ngOnInit(): void {
    void this.store.start();
    void this.session.restore();
  }
}
