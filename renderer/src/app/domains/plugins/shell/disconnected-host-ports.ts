// What stands in for a server-side subsystem no live port serves (see `server-host-ports.ts` for those that are):
// calls that return a promise reject with "not connected"; subscriptions succeed and simply never fire.
import {
  PluginHostNotConnectedError,
  pluginApiMethods,
  type Disposable,
  type PluginApiMethodKind,
} from "@toju/contracts/sdk/toju-plugin-sdk";
import type { HostPorts } from "../api/plugin-host-ports";

export const SERVER_SUBSYSTEMS = [
  "channels",
  "events",
  "messages",
  "p2p",
  "profile",
  "users",
  "roles",
  "server",
  "attachments",
  "media",
  "serverData",
  "clientData",
] as const;

export type ServerSubsystem = (typeof SERVER_SUBSYSTEMS)[number];

const inert: Disposable = Object.freeze({ dispose: () => undefined });

export function disconnectedHostPorts(): Pick<HostPorts, ServerSubsystem> {
  const ports: Record<string, Record<string, () => unknown>> = {};
  for (const subsystem of SERVER_SUBSYSTEMS) {
    const methods: Record<string, { kind: PluginApiMethodKind }> = pluginApiMethods[subsystem];
    ports[subsystem] = Object.fromEntries(
      Object.entries(methods).map(([method, { kind }]) => [
        method,
        kind === "sync" ? () => inert : () => Promise.reject(new PluginHostNotConnectedError(`${subsystem}.${method}`)),
      ]),
    );
  }
  return ports as unknown as Pick<HostPorts, ServerSubsystem>;
}
