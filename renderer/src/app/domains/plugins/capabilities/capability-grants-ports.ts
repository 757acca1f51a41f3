// Where grants are kept: a synchronous local store (localStorage) and the optional desktop mirror file.
import type { Subscription } from "@toju/contracts/async/typed-emitter";
import type { DesktopStateQuery, PluginCapabilityGrants } from "@toju/generated/types/contract";
import { PLUGIN_CAPABILITY_GRANTS_KEY } from "./capability-grants-document";

export interface CapabilityGrantsStoragePort {
  /** The stored text, or null when nothing is stored. */
  read(): string | null;
  /** May throw (quota); the service reports it and keeps the change in memory. */
  write(text: string): void;
  /** Called when another window changed the stored text. */
  watch?(listener: () => void): Subscription;
}

/** The grants half of `window.tojuDesktop`; it rejects with an `IpcError` value (`state_corrupt` when the file was bad). */
export interface CapabilityGrantsDesktopPort {
  getCapabilityGrants(request: DesktopStateQuery): Promise<PluginCapabilityGrants>;
  saveCapabilityGrants(grants: PluginCapabilityGrants): Promise<PluginCapabilityGrants>;
}

type StorageLike = Pick<Storage, "getItem" | "setItem">;

/** Where `storage` events from other windows arrive (`window`). */
export interface StorageEventSource {
  addEventListener(type: "storage", listener: (event: { key: string | null }) => void): void;
  removeEventListener(type: "storage", listener: (event: { key: string | null }) => void): void;
}

/**
 * The browser adapter: `localStorage` plus the `storage` event other windows raise. A `null` key is another window's
 * `localStorage.clear()`, which removes the grants too.
 */
export function localStorageGrantsPort(storage: StorageLike, events?: StorageEventSource): CapabilityGrantsStoragePort {
  return {
    read: () => storage.getItem(PLUGIN_CAPABILITY_GRANTS_KEY),
    write: (text) => storage.setItem(PLUGIN_CAPABILITY_GRANTS_KEY, text),
    watch: events
      ? (listener) => {
          const onStorage = (event: { key: string | null }) => {
            if (event.key === PLUGIN_CAPABILITY_GRANTS_KEY || event.key === null) listener();
          };
          events.addEventListener("storage", onStorage);
          return { dispose: () => events.removeEventListener("storage", onStorage) };
        }
      : undefined,
  };
}
