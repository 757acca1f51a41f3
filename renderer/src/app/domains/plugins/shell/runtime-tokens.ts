// What the plugin runtime takes from the browser, as injection tokens: tests hand in fakes, nothing reads a global.
import { DOCUMENT, InjectionToken, inject } from "@angular/core";
import type { StorageEventSource } from "../capabilities/capability-grants-ports";
import { importModuleFromBytes } from "../host/import-module-from-bytes";

/** The Toju version plugins are checked against (`compatibility.minimumTojuVersion`). */
export const TOJU_VERSION = new InjectionToken<string>("TOJU_VERSION", { providedIn: "root", factory: () => "1.0.0" });

/** The renderer's `localStorage`: the cached capability grants, and the legacy disabled plugins moved to the desktop once. */
export const BROWSER_STORAGE = new InjectionToken<Pick<Storage, "getItem" | "setItem" | "removeItem">>("BROWSER_STORAGE", {
  providedIn: "root",
  factory: () => inject(DOCUMENT).defaultView!.localStorage,
});

/** Where other windows' `storage` events arrive; `null` when there is no window. */
export const STORAGE_EVENTS = new InjectionToken<StorageEventSource | null>("STORAGE_EVENTS", {
  providedIn: "root",
  factory: () => inject(DOCUMENT).defaultView,
});

/** Turns module bytes into a module namespace; a Blob-URL import in the browser. */
export const PLUGIN_MODULE_IMPORTER = new InjectionToken<(bytes: ArrayBuffer | Uint8Array) => Promise<unknown>>("PLUGIN_MODULE_IMPORTER", {
  providedIn: "root",
  factory: () => importModuleFromBytes,
});

/** Where plugin log lines and runtime problems go. */
export const RUNTIME_CONSOLE = new InjectionToken<Pick<Console, "debug" | "info" | "warn" | "error">>("RUNTIME_CONSOLE", {
  providedIn: "root",
  factory: () => console,
});
