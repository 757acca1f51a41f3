// `npm start`: the signaling server and the desktop bridge on one loopback port, with ./data for the database and local plugins.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createBridgeSecret, createBrowserShellBridge, loopbackHosts } from "../../electron/bridge/browser-shell-bridge";
import { discoverLocalPlugins } from "../../electron/plugin-library";
import { startSignalingServer, type SignalingServer } from "../../server/src";
import type { Logger } from "../../server/src/ops/logger";
import { renderShellPage } from "./shell-page";

export const BRIDGE_PREFIX = "/desktop-bridge";

export interface BrowserShellOptions {
  dataDir: string;
  port?: number;
  host?: string;
  databaseUrl?: string;
  pluginEventRate?: number;
  pluginEventBurst?: number;
  log?: Logger;
}

export interface BrowserShell extends SignalingServer {
  pluginsPath: string;
  /** The per-launch bridge secret, handed to the page it serves. */
  secret: string;
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const dataDir = path.resolve(options.dataDir);
  const pluginsPath = path.join(dataDir, "plugins");
  mkdirSync(pluginsPath, { recursive: true });
  const secret = createBridgeSecret();
  let port = options.port ?? 3000;
  const server = await startSignalingServer({
    port,
    host: options.host,
    databaseUrl: options.databaseUrl ?? `sqlite:${path.join(dataDir, "toju.sqlite")}`,
    pluginEventRate: options.pluginEventRate,
    pluginEventBurst: options.pluginEventBurst,
    log: options.log,
    mount: (app) => {
      app.use(BRIDGE_PREFIX, createBrowserShellBridge({ userDataPath: dataDir, secret, allowedHosts: () => loopbackHosts(port) }));
      app.get("/", async (_req, res) => {
        const discovery = await discoverLocalPlugins(pluginsPath);
        res.type("html").set("Cache-Control", "no-store").send(renderShellPage({ bridgeBaseUrl: BRIDGE_PREFIX, secret, discovery }));
      });
    },
  });
  port = server.port;
  return { ...server, pluginsPath, secret };
}
