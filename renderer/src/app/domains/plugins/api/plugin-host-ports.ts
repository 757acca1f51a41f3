// The host side of the plugin API: the SDK's methods, each also told which plugin is calling.
import type { GatedSubsystem, TojuClientPluginApi } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { Capability } from "@toju/generated/types/contract";

type WithPluginId<F> = F extends (...args: infer A) => infer R ? (pluginId: string, ...args: A) => R : never;

/** One port per gated subsystem, with exactly the SDK's methods; the facade has checked the grant and arguments before a port runs. */
export type HostPorts = { [S in GatedSubsystem]: { [M in keyof TojuClientPluginApi[S]]: WithPluginId<TojuClientPluginApi[S][M]> } };

export type PluginLogLevel = "debug" | "info" | "warn" | "error";

/** Where plugin log lines go; `console` fits. */
export type PluginLogSink = Record<PluginLogLevel, (...args: unknown[]) => void>;

/** The shell's current server and channel, read each time a plugin looks. */
export interface PluginContextSource {
  serverId(): string | undefined;
  channelId(): string | undefined;
}

export interface PluginClientApiPorts {
  host: HostPorts;
  log: PluginLogSink;
  context: PluginContextSource;
}

/** The part of PluginCapabilityService the facade needs. */
export interface CapabilityGate {
  assert(pluginId: string, capability: Capability): void;
}
