// Plugins installed from a URL in the browser suites: a small "hello" module, its SRI hash, its manifest, and the
// loopback host that serves them (or refuses to) on 127.0.0.1, always closable.
import { createHash } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A module with one right panel, "Remote hello", that says "Hello from <from>". */
export const helloModule = (from: string) => `export function activate(context) {
  context.subscriptions.push(
    context.api.ui.registerPanel({
      id: "hello",
      title: "Remote hello",
      render(host) {
        host.textContent = "Hello from ${from}";
      },
    }),
  );
}
`;

const sri = (text: string) => `sha384-${createHash("sha384").update(text).digest("base64")}`;

/** A client plugin's manifest with one right panel titled like the plugin, its module at `bundle`; `extra` overrides. */
function remoteManifest(id: string, title: string, bundle: { url: string; integrity: string }, extra: Record<string, unknown>) {
  return {
    schemaVersion: 1,
    id,
    title,
    description: "Installed from a loopback URL by an e2e suite.",
    version: "1.0.0",
    apiVersion: "1",
    kind: "client",
    compatibility: { minimumTojuVersion: "1.0.0" },
    capabilities: ["ui.panels"],
    ui: { panels: [{ id: "hello", title, location: "right" }] },
    bundle,
    license: "MIT",
    ...extra,
  };
}

type Route = (res: ServerResponse) => void;

/** A loopback plugin host: what it serves by path, and every request it was sent (path and user agent). */
export interface LoopbackHost {
  origin: string;
  routes: Map<string, Route>;
  requests: { path: string; userAgent: string }[];
  close(): Promise<void>;
}

export const script =
  (body: string): Route =>
  (res) =>
    res.writeHead(200, { "content-type": "text/javascript" }).end(body);
const json =
  (value: unknown): Route =>
  (res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(value));

/** Starts a host on 127.0.0.1, on a free port, that answers 404 to any path not in its routes. */
export async function startLoopbackHost(): Promise<LoopbackHost> {
  const routes = new Map<string, Route>();
  const requests: LoopbackHost["requests"] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? "", userAgent: req.headers["user-agent"] ?? "" });
    const route = routes.get(req.url ?? "");
    if (route) route(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { routes, requests, close, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Serves plugin `id` from `host`: its manifest at `/<folder>/toju-plugin.json`, `module` at `/<folder>/bundle.js`. The
 * manifest's integrity is the hash of `hashed` (the module itself unless a test wants them not to match).
 */
export function servePlugin(
  host: LoopbackHost,
  folder: string,
  plugin: { id: string; title: string; module: string; hashed?: string; extra?: Record<string, unknown> },
): void {
  const bundle = { url: `${host.origin}/${folder}/bundle.js`, integrity: sri(plugin.hashed ?? plugin.module) };
  host.routes.set(`/${folder}/toju-plugin.json`, json(remoteManifest(plugin.id, plugin.title, bundle, plugin.extra ?? {})));
  host.routes.set(`/${folder}/bundle.js`, script(plugin.module));
}
