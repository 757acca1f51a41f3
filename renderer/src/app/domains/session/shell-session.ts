// What the connected chat shell tells the rest of the renderer: who is signed in, which server and channel are open,
// that server's plugin requirements, and the admin's requirement changes. The chat domain provides it; the plugin
// manager and the plugin host ports read it.
import { InjectionToken, type Signal } from "@angular/core";
import type {
  PluginRequirement,
  PluginRequirementInput,
  PluginRequirementsSnapshot,
  Server,
  UserProfile,
} from "@toju/generated/types/contract";

export type ConnectionState = "signed-out" | "connecting" | "connected" | "reconnecting" | "offline";

export interface ShellSession {
  /** The signed-in user, or undefined when signed out. Desktop state (grants, disabled plugins, data) is kept per user. */
  readonly user: Signal<UserProfile | undefined>;
  /** The websocket's state, shown in the header. */
  readonly connection: Signal<ConnectionState>;
  /** The open server, with its channels. */
  readonly currentServer: Signal<Server | undefined>;
  /** The open channel of the open server. */
  readonly currentChannelId: Signal<string | undefined>;
  /** Whether the signed-in user may manage the open server (its owner, or `manageServer`). */
  readonly canManageServer: Signal<boolean>;
  /** The open server's plugin requirements and event definitions, kept live from the websocket. */
  readonly requirements: Signal<PluginRequirementsSnapshot | undefined>;
  /** `PUT …/plugins/{pluginId}/requirement` on the open server (an admin's "Require", "Recommend", "Block"). */
  putRequirement(pluginId: string, input: PluginRequirementInput): Promise<PluginRequirement>;
  /** `DELETE …/plugins/{pluginId}/requirement` on the open server. */
  deleteRequirement(pluginId: string): Promise<void>;
  /** The plugins running in this window, sent to the open server as `set_active_plugins` on change and after reconnects. */
  setActivePlugins?(pluginIds: readonly string[]): void;
}

export const SHELL_SESSION = new InjectionToken<ShellSession>("ShellSession");
