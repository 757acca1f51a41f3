// The renderer's index.html as `npm start` serves it: the bridge connection written into <head>, and the CSP it runs under.
import { rendererContentSecurityPolicy } from "@toju/contracts/security/renderer-csp";
import { bridgeConnectionMetaTag, type BridgeConnection } from "@toju/contracts/desktop/bridge-client";
import { withHeadTags } from "@toju/contracts/desktop/shell-page";

/** The browser shell serves the renderer and the signaling server from one origin, so `'self'` is all it connects to. */
export const RENDERER_CSP = rendererContentSecurityPolicy();

export function renderShellPage(indexHtml: string, connection: BridgeConnection): string {
  return withHeadTags(indexHtml, [bridgeConnectionMetaTag(connection)]);
}

export const RENDERER_MISSING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Toju</title></head>
<body><h1>The renderer is not built</h1><p><code>npm start</code> builds it before starting; or run <code>npx ng build</code> and reload.</p></body>
</html>
`;
