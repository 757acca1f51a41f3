// `npm start`: the signaling server, the desktop bridge and the built Angular renderer on one loopback port,
// with ./data for the database and local plugins.
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import express from "express";
import { bridgeSecretIn } from "../../electron/bridge/bridge-secret-file";
import { createBrowserShellBridge, loopbackHosts } from "../../electron/bridge/browser-shell-bridge";
import { startSignalingServer, type SignalingServer, type SignalingServerOptions } from "../../server/src";
import type { Logger } from "../../server/src/ops/logger";
import { rendererBrowserDir } from "./renderer-build";
import { RENDERER_CSP, RENDERER_MISSING_PAGE, renderShellPage } from "./shell-page";

export const BRIDGE_PREFIX = "/desktop-bridge";

/** The server's limits and sessions, configured like `npm run server` (`readConfig`). */
type ServerLimits = Pick<SignalingServerOptions, "sessionTtlSeconds" | "passwordHashConcurrency" | "serverStateCacheSize" | "trustProxy">;

export interface BrowserShellOptions extends ServerLimits {
  dataDir: string;
  port?: number;
  host?: string;
  databaseUrl?: string;
  /** Where attachment files go; default `attachments` beside the database (in the data folder for sqlite). */
  attachmentsDir?: string;
  pluginEventRate?: number;
  pluginEventBurst?: number;
  log?: Logger;
  /** The built renderer (`index.html` and its bundles); default `renderer/dist/browser`. */
  rendererDir?: string;
}

export interface BrowserShell extends SignalingServer {
  pluginsPath: string;
  /** The bridge secret (kept in the data folder, mode 0600), handed to the page it serves. */
  secret: string;
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const dataDir = path.resolve(options.dataDir);
  const pluginsPath = path.join(dataDir, "plugins");
  mkdirSync(pluginsPath, { recursive: true });
  const secret = await bridgeSecretIn(dataDir);
  const rendererDir = path.resolve(options.rendererDir ?? rendererBrowserDir());
  let port = options.port ?? 3000;
  const server = await startSignalingServer({
    port,
    host: options.host,
    databaseUrl: options.databaseUrl ?? `sqlite:${path.join(dataDir, "toju.sqlite")}`,
    attachmentsDir: options.attachmentsDir ?? (options.databaseUrl ? undefined : path.join(dataDir, "attachments")),
    pluginEventRate: options.pluginEventRate,
    pluginEventBurst: options.pluginEventBurst,
    sessionTtlSeconds: options.sessionTtlSeconds,
    passwordHashConcurrency: options.passwordHashConcurrency,
    serverStateCacheSize: options.serverStateCacheSize,
    trustProxy: options.trustProxy,
    log: options.log,
    mount: (app) => {
      app.use(BRIDGE_PREFIX, createBrowserShellBridge({ userDataPath: dataDir, secret, allowedHosts: () => loopbackHosts(port) }));
      app.get(["/", "/index.html"], async (req, res) => {
        // The page carries the bridge secret: a page fetched through another name (DNS rebinding) never gets it.
        if (!isLoopbackHost(req.headers.host))
          return res.status(403).type("text").send("The Toju page is served on loopback addresses only.");
        const indexHtml = await readFile(path.join(rendererDir, "index.html"), "utf8").catch(() => undefined);
        res.type("html").set({ "Cache-Control": "no-store", "Content-Security-Policy": RENDERER_CSP });
        if (indexHtml === undefined) res.status(503).send(RENDERER_MISSING_PAGE);
        else res.send(renderShellPage(indexHtml, { baseUrl: BRIDGE_PREFIX, secret }));
      });
      app.get("/favicon.ico", (_req, res) => res.status(204).end());
      app.use(
        express.static(rendererDir, {
          index: false,
          fallthrough: true,
          setHeaders: (res) => res.setHeader("Content-Security-Policy", RENDERER_CSP),
        }),
      );
    },
  });
  port = server.port;
  return { ...server, pluginsPath, secret };
}

/** `127.0.0.1`, `localhost` or `[::1]`, with any port. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.toLowerCase().replace(/:\d+$/, "");
  return name === "127.0.0.1" || name === "localhost" || name === "[::1]";
}
