// The user's Enable/Disable choice, kept per profile in the desktop state (getDisabledPlugins / saveDisabledPlugins).
// What an earlier renderer kept in localStorage (`toju_disabled_plugins`, chosen while nobody could sign in) is moved
// once into the signed-out profile's state, then removed.
import { SerialQueue } from "@toju/contracts/async/serial-queue";
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import { validatePluginId } from "@toju/generated/validators/index";

export const LEGACY_DISABLED_PLUGINS_KEY = "toju_disabled_plugins";

type DisabledPluginsApi = Pick<TojuDesktopApi, "getDisabledPlugins" | "saveDisabledPlugins">;
export type LegacyDisabledStore = Pick<Storage, "getItem" | "removeItem">;

export class DisabledPluginsStore {
  private ids = new Set<string>();
  private profileId: string | undefined;
  /** Saves in call order, so the desktop file always ends as the latest choice. */
  private readonly writes = new SerialQueue();

  constructor(
    private readonly desktop: DisabledPluginsApi | null,
    private readonly legacy: LegacyDisabledStore,
  ) {}

  /** The current profile's disabled plugins. */
  list(): ReadonlySet<string> {
    return this.ids;
  }

  /** Reads the profile's choice from the desktop (rejects with its `IpcError` when it cannot). */
  async load(profileId: string | undefined): Promise<ReadonlySet<string>> {
    this.profileId = profileId;
    if (!this.desktop) return (this.ids = new Set());
    await this.writes.run(() => this.migrateLegacy());
    const { pluginIds } = await this.desktop.getDisabledPlugins(query(profileId));
    // A later load (another sign-in) has taken over: its answer is the one kept.
    if (this.profileId === profileId) this.ids = new Set(pluginIds);
    return this.ids;
  }

  /** Records the choice at once and saves it for the current profile. */
  async setDisabled(pluginId: string, disabled: boolean): Promise<void> {
    if (disabled) this.ids.add(pluginId);
    else this.ids.delete(pluginId);
    const desktop = this.desktop;
    if (!desktop) return;
    const request = { ...query(this.profileId), pluginIds: [...this.ids].sort() };
    await this.writes.run(() => desktop.saveDisabledPlugins(request));
  }

  private async migrateLegacy(): Promise<void> {
    const legacy = readLegacy(this.legacy);
    if (!legacy || !this.desktop) return;
    if (legacy.length) {
      const saved = await this.desktop.getDisabledPlugins({});
      await this.desktop.saveDisabledPlugins({ pluginIds: [...new Set([...saved.pluginIds, ...legacy])].sort() });
    }
    this.legacy.removeItem(LEGACY_DISABLED_PLUGINS_KEY);
  }
}

function query(profileId: string | undefined): { profileId?: string } {
  return profileId === undefined ? {} : { profileId };
}

/** The legacy list, or undefined when there is none; anything that is no plugin id is dropped (and removed with the key). */
function readLegacy(store: LegacyDisabledStore): string[] | undefined {
  const text = store.getItem(LEGACY_DISABLED_PLUGINS_KEY);
  if (text === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => validatePluginId(id)) : [];
  } catch {
    return [];
  }
}
