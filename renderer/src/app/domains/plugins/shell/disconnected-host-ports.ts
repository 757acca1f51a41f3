// Host ports for the subsystems that need a server connection, which the browser shell does not open yet:
// calls that return a promise reject with "not connected"; subscriptions succeed and simply never fire.
import { pluginApiCapabilities, type Disposable } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { GatedSubsystem, HostPorts } from "../api/plugin-host-ports";
import { pluginApiMethodKinds } from "../api/plugin-api-method-kinds";

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

export class PluginHostNotConnectedError extends Error {
  readonly code = "not_connected";
  constructor(method: string) {
    super(`${method} needs a server connection; this shell is not connected to a server.`);
    this.name = "PluginHostNotConnectedError";
  }
}

const inert: Disposable = Object.freeze({ dispose: () => undefined });

export function disconnectedHostPorts(): Pick<HostPorts, ServerSubsystem> {
  const ports: Record<string, Record<string, () => unknown>> = {};
  for (const subsystem of SERVER_SUBSYSTEMS) {
    const kinds = pluginApiMethodKinds[subsystem as GatedSubsystem] as Record<string, "sync" | "async">;
    ports[subsystem] = Object.fromEntries(
      Object.keys(pluginApiCapabilities[subsystem]).map((method) => [
        method,
        kinds[method] === "sync" ? () => inert : () => Promise.reject(new PluginHostNotConnectedError(`${subsystem}.${method}`)),
      ]),
    );
  }
  return ports as unknown as Pick<HostPorts, ServerSubsystem>;
}
