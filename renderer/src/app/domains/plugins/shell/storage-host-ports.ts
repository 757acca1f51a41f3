// The `storage` port backed by the desktop's plugin data files (savePluginData / getPluginData / deletePluginData),
// in the desktop state of the profile whose grants are in force (every request carries its `profileId`). A key the
// manifest declares in `data[]` with scope `user` is kept per user (scopeId: the signed-in user's id, `local` while
// signed out); every other key is kept with scope `plugin`. `server`/`channel` keys need a server connection.
// The desktop's refusals reach the plugin as `PluginStorageError` with the desktop's code.
import { CodedError, describeError } from "@toju/contracts/errors/coded-error";
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import { PluginHostNotConnectedError, PluginStorageError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { PluginDataDeclaration, TojuPluginManifest } from "@toju/generated/types/contract";
import { isIpcError } from "../api/ipc-error";
import type { HostPorts } from "../api/plugin-host-ports";

export const LOCAL_USER_SCOPE_ID = "local";

type PluginDataApi = Pick<TojuDesktopApi, "savePluginData" | "getPluginData" | "deletePluginData">;
type DataAddress = { scope: "user"; scopeId: string } | { scope: "plugin" };

/** `desktop` is null when the page runs without a desktop tier: every call then rejects with `storage_unavailable`. */
export function storageHostPorts(
  desktop: PluginDataApi | null,
  manifestOf: (pluginId: string) => Pick<TojuPluginManifest, "data"> | undefined,
  profileOf: () => string | undefined = () => undefined,
): HostPorts["storage"] {
  const address = (pluginId: string, key: string, method: string): DataAddress & { profileId?: string } => {
    const profileId = profileOf();
    const profile = profileId === undefined ? {} : { profileId };
    const declared: PluginDataDeclaration | undefined = manifestOf(pluginId)?.data?.find((entry) => entry.key === key);
    if (!declared || declared.scope === "plugin") return { ...profile, scope: "plugin" };
    if (declared.scope === "user") return { ...profile, scope: "user", scopeId: profileId ?? LOCAL_USER_SCOPE_ID };
    throw new PluginHostNotConnectedError(`${method} of the ${declared.scope}-scoped key '${key}'`);
  };
  const store = async <T>(method: string, run: (store: PluginDataApi) => Promise<T>): Promise<T> => {
    if (!desktop) throw new PluginStorageError("storage_unavailable", `${method}: this page has no desktop store for plugin data.`);
    try {
      return await run(desktop);
    } catch (error) {
      throw asPluginError(error);
    }
  };
  return {
    get: (pluginId, key) =>
      store("storage.get", async (d) => {
        const { record } = await d.getPluginData({ pluginId, key, ...address(pluginId, key, "storage.get") });
        return (record?.value ?? undefined) as never;
      }),
    set: (pluginId, key, value) =>
      store("storage.set", async (d) => void (await d.savePluginData({ pluginId, key, value, ...address(pluginId, key, "storage.set") }))),
    delete: (pluginId, key) =>
      store("storage.delete", async (d) => void (await d.deletePluginData({ pluginId, key, ...address(pluginId, key, "storage.delete") }))),
  };
}

/** The desktop rejects with an `IpcError` value; a plugin gets an `Error` with the same code. */
function asPluginError(error: unknown): Error {
  if (error instanceof CodedError) return error;
  if (isIpcError(error)) return new PluginStorageError(error.code, error.message);
  return new PluginStorageError("internal", describeError(error));
}
