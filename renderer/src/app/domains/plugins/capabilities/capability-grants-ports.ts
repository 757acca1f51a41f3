// Where grants are kept: a synchronous local store (localStorage) and the optional desktop mirror file, both per
// profile (`profileId` undefined is the signed-out state of the device).
import type { Subscription } from "@toju/contracts/async/typed-emitter";
import type { DesktopStateQuery, PluginCapabilityGrants } from "@toju/generated/types/contract";
import { grantsStorageKey, profileOfGrantsKey } from "./capability-grants-document";

/** Which profile's stored text another window changed. */
export interface GrantsStorageChange {
  profileId: string | undefined;
}

export interface CapabilityGrantsStoragePort {
  /** The profile's stored text, or null when nothing is stored. */
  read(profileId?: string): string | null;
  /** May throw (quota); the service reports it and keeps the change in memory. */
  write(text: string, profileId?: string): void;
  /** Called when another window changed the stored text; without a change, any profile's may have (`clear()`). */
  watch?(listener: (change?: GrantsStorageChange) => void): Subscription;
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
    read: (profileId) => storage.getItem(grantsStorageKey(profileId)),
    write: (text, profileId) => storage.setItem(grantsStorageKey(profileId), text),
    watch: events
      ? (listener) => {
          const onStorage = (event: { key: string | null }) => {
            if (event.key === null) return listener();
            const profile = profileOfGrantsKey(event.key);
            if (profile) listener(profile);
          };
          events.addEventListener("storage", onStorage);
          return { dispose: () => events.removeEventListener("storage", onStorage) };
        }
      : undefined,
  };
}
