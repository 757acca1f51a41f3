// The `clientData` port: the plugin's settings values through PluginClientDataService. The desktop's schema refusal
// reaches the plugin as `PluginApiArgumentError` (`value_not_valid`, with its details); any other refusal as
// `PluginStorageError` with the desktop's code.
import { describeError } from "@toju/contracts/errors/coded-error";
import { PluginApiArgumentError, PluginStorageError } from "@toju/contracts/sdk/toju-plugin-sdk";
import { isIpcError } from "../api/ipc-error";
import type { HostPorts } from "../api/plugin-host-ports";
import { ClientDataUnavailableError, type PluginClientDataService } from "../settings/plugin-client-data.service";

export function clientDataHostPorts(service: PluginClientDataService): HostPorts["clientData"] {
  const guarded = async <T>(pluginId: string, method: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw asPluginError(pluginId, method, error);
    }
  };
  return {
    get: (pluginId, key) => guarded(pluginId, "clientData.get", () => service.get(pluginId, key)) as never,
    set: (pluginId, key, value) => guarded(pluginId, "clientData.set", () => service.set(pluginId, key, value)),
  };
}

function asPluginError(pluginId: string, method: string, error: unknown): Error {
  if (error instanceof ClientDataUnavailableError) return new PluginStorageError("storage_unavailable", `${method}: ${error.message}.`);
  if (!isIpcError(error)) return new PluginStorageError("internal", `${method}: ${describeError(error)}`);
  if (error.code !== "invalid_request") return new PluginStorageError(error.code, error.message);
  const details = error.details ?? [];
  const listed = details.map((detail) => `${detail.path || "/"} ${detail.message}`).join("; ");
  return new PluginApiArgumentError("value_not_valid", pluginId, method, listed ? `${error.message}: ${listed}` : error.message, details);
}
