// One user's desktop state: grants (with approved install origins), disabled plugins, plugin data and settings values,
// under `<userData>/plugin-state/` for the signed-out device and `<userData>/plugin-state/profiles/<userId>/` per user.
import path from "node:path";
import type { DisabledPlugins, TojuPluginManifest } from "@toju/generated/types/contract";
import { validateDisabledPlugins } from "@toju/generated/validators/index";
import type { AtomicWriteHooks } from "./atomic-file";
import { CapabilityGrantsStore } from "./capability-grants-store";
import { ClientDataStore } from "./client-data-store";
import { JsonStateFile } from "./json-state-file";
import { PluginDataStore, type PluginDataStoreOptions } from "./plugin-data-store";

export interface ProfileStateOptions {
  dataQuota?: Omit<PluginDataStoreOptions, "hooks">;
  hooks?: AtomicWriteHooks;
  installedManifest(pluginId: string): Promise<TojuPluginManifest | undefined>;
}

export class ProfileState {
  readonly grants: CapabilityGrantsStore;
  readonly disabled: JsonStateFile<DisabledPlugins>;
  readonly data: PluginDataStore;
  readonly clientData: ClientDataStore;

  constructor(folder: string, options: ProfileStateOptions) {
    this.grants = new CapabilityGrantsStore(path.join(folder, "capability-grants.json"), options.hooks);
    this.disabled = new JsonStateFile<DisabledPlugins>(path.join(folder, "disabled-plugins.json"), {
      what: "the disabled plugins file",
      validate: validateDisabledPlugins,
      empty: () => ({ pluginIds: [] }),
      hooks: options.hooks,
    });
    this.data = new PluginDataStore(path.join(folder, "plugin-data"), { ...options.dataQuota, hooks: options.hooks });
    this.clientData = new ClientDataStore(path.join(folder, "client-data"), options.installedManifest, options.hooks);
  }
}

/** The state of each profile, made on first use; profile ids are entity ids (`^[A-Za-z0-9_-]{1,64}$`), safe as folder names. */
export class ProfileStates {
  private readonly profiles = new Map<string, ProfileState>();

  constructor(
    private readonly statePath: string,
    private readonly options: ProfileStateOptions,
  ) {}

  of(profileId: string | undefined): ProfileState {
    const key = profileId ?? "";
    let state = this.profiles.get(key);
    if (!state) {
      state = new ProfileState(profileId === undefined ? this.statePath : path.join(this.statePath, "profiles", profileId), this.options);
      this.profiles.set(key, state);
    }
    return state;
  }
}
