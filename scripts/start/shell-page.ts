// The page `npm start` serves at `/`: the bridge connection for the renderer, and what the server and local plugin folder hold.
import { bridgeConnectionMetaTag } from "../../electron/bridge/bridge-client";
import type { LocalPluginDiscoveryResult } from "../../generated/types/contract";

export function renderShellPage(input: { bridgeBaseUrl: string; secret: string; discovery: LocalPluginDiscoveryResult }): string {
  const { discovery } = input;
  const plugins = discovery.plugins.map((p) => {
    const manifest = (p.manifest ?? {}) as { id?: unknown; version?: unknown; title?: unknown };
    return `<li><code>${escape(String(manifest.id ?? "(no id)"))}</code> ${escape(String(manifest.version ?? ""))} — ${escape(String(manifest.title ?? ""))}</li>`;
  });
  const refused = discovery.errors.map((e) => `<li><code>${escape(e.code)}</code> ${escape(e.path)}: ${escape(e.message)}</li>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' blob:; object-src 'none'; base-uri 'none'">
${bridgeConnectionMetaTag({ baseUrl: input.bridgeBaseUrl, secret: input.secret })}
<title>Toju</title>
</head>
<body>
<h1>Toju is running</h1>
<p>Signaling server: <a href="/api/health">/api/health</a>, websocket <code>/ws</code>. REST contract: <code>generated/openapi/openapi.json</code>.</p>
<h2>Local plugins in <code>${escape(discovery.pluginsPath)}</code></h2>
<ul>${plugins.join("") || "<li>none yet: add a plugin folder there and reload</li>"}</ul>
${refused.length ? `<h2>Refused</h2><ul>${refused.join("")}</ul>` : ""}
</body>
</html>
`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
