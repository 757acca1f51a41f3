// The desktop surface for Angular: `window.tojuDesktop` in Electron, else the bridge named by the page's meta tag.
import { DOCUMENT, InjectionToken, inject } from "@angular/core";
import { createBridgeClient, readBridgeConnection } from "@toju/contracts/desktop/bridge-client";
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";

/** `null` when the page was opened without a desktop (no preload, no bridge meta tag). */
export const TOJU_DESKTOP = new InjectionToken<TojuDesktopApi | null>("TOJU_DESKTOP", {
  providedIn: "root",
  factory: () => {
    const document = inject(DOCUMENT);
    const window = document.defaultView;
    if (window?.tojuDesktop) return window.tojuDesktop;
    const connection = readBridgeConnection(document);
    return connection ? createBridgeClient(connection, window!.fetch.bind(window)) : null;
  },
});
