// PluginClientDataService: a plugin's `clientData`, the user's values for its manifest's top-level `settings` schema,
// kept per profile by the desktop (getPluginClientData / savePluginClientData), which validates every save against the
// schema. Both the plugin (`api.clientData.set`) and the host-drawn form write here; listeners learn who changed what.
import { SerialQueue } from "@toju/contracts/async/serial-queue";
import { TypedEmitter, type Subscription } from "@toju/contracts/async/typed-emitter";
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import { changedKeys, settingsForm, type SettingsValues } from "./settings-form-model";

type ClientDataApi = Pick<TojuDesktopApi, "getPluginClientData" | "savePluginClientData">;

export interface ClientDataChange {
  pluginId: string;
  values: SettingsValues;
  changedKeys: string[];
  /** `plugin`: the plugin's own `clientData.set`; `user`: the host-drawn settings form. */
  by: "plugin" | "user";
}

export interface PluginClientDataOptions {
  /** `null` when the page has no desktop: every call then rejects with `storage_unavailable`. */
  desktop: ClientDataApi | null;
  /** The profile whose values are read and written (the one whose grants are in force). */
  profileId(): string | undefined;
  /** The manifest's `settings` schema, for the defaults of values never saved. */
  settingsOf(pluginId: string): unknown;
  onListenerError?(error: unknown): void;
}

/** Thrown when there is no desktop to keep the values. */
export class ClientDataUnavailableError extends Error {
  override readonly name = "ClientDataUnavailableError";
}

export class PluginClientDataService {
  private readonly events: TypedEmitter<{ changed: ClientDataChange }>;
  /** Read-modify-write of the one values object never interleaves. */
  private readonly writes = new SerialQueue();

  constructor(private readonly options: PluginClientDataOptions) {
    this.events = new TypedEmitter((error) => options.onListenerError?.(error));
  }

  /** The saved values, without defaults. Rejects with the desktop's `IpcError`. */
  async saved(pluginId: string): Promise<SettingsValues> {
    const { values } = await this.desktop().getPluginClientData({ ...this.profile(), pluginId });
    return values;
  }

  /** One value: the saved one, else the schema's default. */
  async get(pluginId: string, key: string): Promise<unknown> {
    const saved = await this.saved(pluginId);
    if (Object.hasOwn(saved, key)) return saved[key];
    return settingsForm(this.options.settingsOf(pluginId)).fields.find((field) => field.key === key)?.defaultValue;
  }

  /** The plugin sets one value; the desktop validates the whole object and rejects with `invalid_request` and details. */
  set(pluginId: string, key: string, value: unknown): Promise<void> {
    return this.write(pluginId, "plugin", (saved) => ({ ...saved, [key]: value }));
  }

  /** The user saves the form: the whole values object. */
  save(pluginId: string, values: SettingsValues): Promise<void> {
    return this.write(pluginId, "user", () => values);
  }

  onChange(listener: (change: ClientDataChange) => void): Subscription {
    return this.events.on("changed", listener);
  }

  private async write(pluginId: string, by: ClientDataChange["by"], next: (saved: SettingsValues) => SettingsValues): Promise<void> {
    const desktop = this.desktop();
    await this.writes.run(async () => {
      const profile = this.profile();
      const { values: before } = await desktop.getPluginClientData({ ...profile, pluginId });
      const { values } = await desktop.savePluginClientData({ ...profile, pluginId, values: next(before) });
      const changed = changedKeys(before, values);
      if (changed.length) this.events.emit("changed", { pluginId, values, changedKeys: changed, by });
    });
  }

  private desktop(): ClientDataApi {
    if (!this.options.desktop) throw new ClientDataUnavailableError("this page has no desktop store for plugin settings");
    return this.options.desktop;
  }

  private profile(): { profileId?: string } {
    const profileId = this.options.profileId();
    return profileId === undefined ? {} : { profileId };
  }
}
