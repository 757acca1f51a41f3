// The renderer's index.html as `npm start` serves it: the bridge connection written into <head>, and the CSP it runs under.
import { rendererContentSecurityPolicy } from "@toju/contracts/security/renderer-csp";
import { bridgeConnectionMetaTag, type BridgeConnection } from "@toju/contracts/desktop/bridge-client";

/** The browser shell serves the renderer and the signaling server from one origin, so `'self'` is all it connects to. */
export const RENDERER_CSP = rendererContentSecurityPolicy();

export function renderShellPage(indexHtml: string, connection: BridgeConnection): string {
  const head = /<head[^>]*>/i.exec(indexHtml);
  if (!head) throw new Error("the renderer's index.html has no <head>");
  const at = head.index + head[0].length;
  return `${indexHtml.slice(0, at)}\n${bridgeConnectionMetaTag(connection)}${indexHtml.slice(at)}`;
}

export const RENDERER_MISSING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Toju</title></head>
<body><h1>The renderer is not built</h1><p><code>npm start</code> builds it before starting; or run <code>npx ng build</code> and reload.</p></body>
</html>
`;
