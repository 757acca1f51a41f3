// The `storage` port backed by the desktop's plugin data files (savePluginData / getPluginData / deletePluginData).
// A key the manifest declares in `data[]` with scope `user` is kept per local user (scopeId `local`: the shell has
// no login yet); every other key is kept with scope `plugin`. `server`/`channel` keys need a server connection.
import type { PluginDataDeclaration, TojuPluginManifest } from "@toju/generated/types/contract";
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import type { HostPorts } from "../api/plugin-host-ports";
import { PluginHostNotConnectedError } from "./disconnected-host-ports";

export const LOCAL_USER_SCOPE_ID = "local";

type PluginDataApi = Pick<TojuDesktopApi, "savePluginData" | "getPluginData" | "deletePluginData">;
type DataAddress = { scope: "user"; scopeId: string } | { scope: "plugin" };

export function storageHostPorts(
  desktop: PluginDataApi,
  manifestOf: (pluginId: string) => Pick<TojuPluginManifest, "data"> | undefined,
): HostPorts["storage"] {
  const address = (pluginId: string, key: string, method: string): DataAddress => {
    const declared: PluginDataDeclaration | undefined = manifestOf(pluginId)?.data?.find((entry) => entry.key === key);
    if (!declared || declared.scope === "plugin") return { scope: "plugin" };
    if (declared.scope === "user") return { scope: "user", scopeId: LOCAL_USER_SCOPE_ID };
    throw new PluginHostNotConnectedError(`${method} of the ${declared.scope}-scoped key '${key}'`);
  };
  return {
    get: async (pluginId, key) => {
      const { record } = await desktop.getPluginData({ pluginId, key, ...address(pluginId, key, "storage.get") });
      return (record?.value ?? undefined) as never;
    },
    set: async (pluginId, key, value) => {
      await desktop.savePluginData({ pluginId, key, value, ...address(pluginId, key, "storage.set") });
    },
    delete: async (pluginId, key) => {
      await desktop.deletePluginData({ pluginId, key, ...address(pluginId, key, "storage.delete") });
    },
  };
}
