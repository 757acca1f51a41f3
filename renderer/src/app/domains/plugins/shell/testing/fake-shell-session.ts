// Test helper: a ShellSession whose signals the test sets, and whose requirement commands change the snapshot the way
// the server's broadcast would (revision up by one, sorted by plugin id).
import { signal } from "@angular/core";
import type {
  PluginRequirement,
  PluginRequirementInput,
  PluginRequirementsSnapshot,
  Server,
  UserProfile,
} from "@toju/generated/types/contract";
import type { ConnectionState, ShellSession } from "../../../session/shell-session";

export class FakeShellSession implements ShellSession {
  readonly user = signal<UserProfile | undefined>(undefined);
  readonly connection = signal<ConnectionState>("signed-out");
  readonly currentServer = signal<Server | undefined>(undefined);
  readonly currentChannelId = signal<string | undefined>(undefined);
  readonly canManageServer = signal(false);
  readonly requirements = signal<PluginRequirementsSnapshot | undefined>(undefined);
  readonly calls: string[] = [];
  /** Set to make the next requirement command fail as the server would. */
  failure: unknown;

  signIn(id: string, username = id): void {
    this.user.set({ id, username });
    this.connection.set("connected");
  }

  signOut(): void {
    this.user.set(undefined);
    this.connection.set("signed-out");
    this.currentServer.set(undefined);
    this.requirements.set(undefined);
    this.canManageServer.set(false);
  }

  /** Opens a server with the given requirements; `admin` decides `canManageServer`. */
  openServer(requirements: Partial<PluginRequirement>[] = [], admin = false): void {
    this.currentServer.set({ id: "s-1", name: "Dice club", ownerId: "u-owner", channels: [{ id: "c-1", name: "general" }] as never });
    this.currentChannelId.set("c-1");
    this.canManageServer.set(admin);
    this.requirements.set({
      serverId: "s-1",
      revision: 1,
      events: [],
      requirements: requirements.map((r) => ({ status: "required", updatedAt: "2026-03-01T10:00:00.000Z", ...r }) as PluginRequirement),
    });
  }

  async putRequirement(pluginId: string, input: PluginRequirementInput): Promise<PluginRequirement> {
    this.calls.push(`put ${pluginId} ${input.status}${input.manifest ? " with manifest" : ""}`);
    if (this.failure) throw this.failure;
    const requirement: PluginRequirement = { pluginId, ...input, updatedAt: "2026-03-01T11:00:00.000Z" };
    this.change((list) => [...list.filter((r) => r.pluginId !== pluginId), requirement]);
    return requirement;
  }

  async deleteRequirement(pluginId: string): Promise<void> {
    this.calls.push(`delete ${pluginId}`);
    if (this.failure) throw this.failure;
    this.change((list) => list.filter((r) => r.pluginId !== pluginId));
  }

  private change(edit: (list: PluginRequirement[]) => PluginRequirement[]): void {
    const current = this.requirements();
    if (!current) return;
    const requirements = edit(current.requirements).sort((a, b) => (a.pluginId < b.pluginId ? -1 : 1));
    this.requirements.set({ ...current, revision: current.revision + 1, requirements });
  }
}
