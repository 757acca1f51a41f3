// The fan-out bus: what one server instance tells the others so that every broadcast reaches sockets on every
// instance. Frames travel already validated and serialised by the instance that received them; the receiving
// instances only pick their own sockets. Redis pub/sub carries it between processes, an in-process hub without Redis.
import type { DependencyHealth, PluginEventDirection, PluginRequirementsSnapshot, PluginScope } from "@toju/generated/types/contract";

/** Who receives an announcement about a server: its joined sockets, or the joined and the viewing ones. */
export type Audience = "joined" | "watchers";

export type FanoutMessage =
  /** A relayed `plugin_event` (the frame as sent to receivers), with what picks its receivers. */
  | {
      kind: "plugin_event";
      serverId: string;
      pluginId: string;
      scope: PluginScope;
      direction: PluginEventDirection;
      targetUserId?: string;
      frame: Buffer;
    }
  /** A stored chat `message`, for the server's joined sockets. */
  | { kind: "chat_message"; serverId: string; frame: Buffer }
  /** A relayed `p2p_signal`, for the target's sockets joined to or viewing the server. */
  | { kind: "p2p_signal"; serverId: string; targetUserId: string; frame: Buffer }
  /** A committed plugin snapshot: cached states take it, watchers get `plugin_requirements_changed`. */
  | { kind: "snapshot"; snapshot: PluginRequirementsSnapshot }
  /**
   * A committed change to the server's members or channels: cached states reload it, then the announcement (if
   * any) goes to its audience; `leftUserId`'s sockets stop receiving the server's chat.
   */
  | { kind: "server_changed"; serverId: string; audience?: Audience; leftUserId?: string; frame?: Buffer }
  /** Socket counts of the sending instance (`full`: all of them; else only those that changed). */
  | { kind: "presence"; full: boolean; counts: [string, number][] }
  /** Asks every instance for its full presence (an instance that starts or reconnects). */
  | { kind: "presence_request" }
  /** The sender is alive (its presence stays counted). */
  | { kind: "alive" }
  /** The sender may have failed to publish since `since` (ms since the epoch): every instance reloads what it caches. */
  | { kind: "resync"; since: number };

export interface BusHandlers {
  /** A message from another instance; each instance's messages arrive in the order it published them. */
  message(message: FanoutMessage, origin: string): void;
  /** This instance's link was down from `since` (ms since the epoch), so messages may have been missed: rebuild caches and presence. */
  resync(since: number): void;
}

export interface FanoutBus {
  /** Unique per process run; messages carry it as their origin. */
  readonly instanceId: string;
  /** To every other instance; never throws (a message that cannot be sent is dropped and a resync follows). */
  publish(message: FanoutMessage): void;
  subscribe(handlers: BusHandlers): void;
  /** `disabled` for the in-process bus. */
  health(timeoutMs: number): Promise<DependencyHealth>;
  close(): Promise<void>;
}
