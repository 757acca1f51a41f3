// The one Content-Security-Policy of the renderer, whether Electron or the browser shell serves it.

/**
 * Module scripts only from the app and from `blob:` (plugin modules are imported from Blob URLs after the desktop
 * tier hands over their bytes); no `unsafe-eval`, no inline script. Inline styles stay allowed because Angular
 * injects component styles as <style> elements. `connect-src` is the app's own origin plus the signaling servers
 * the shell talks to, so a plugin cannot reach anywhere else.
 */
export function rendererContentSecurityPolicy(serverOrigins: readonly string[] = []): string {
  const connect = ["'self'", ...serverOrigins.flatMap(withWebSocketTwin)];
  return [
    "default-src 'self'",
    "script-src 'self' blob:",
    "style-src 'self' 'unsafe-inline' blob:",
    "img-src 'self' data: blob:",
    "font-src 'self' data: blob:",
    "media-src 'self' blob:",
    `connect-src ${[...new Set(connect)].join(" ")}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** `https://chat.example` also needs `wss://chat.example` for its websocket. */
function withWebSocketTwin(origin: string): string[] {
  if (origin.startsWith("https://")) return [origin, `wss://${origin.slice("https://".length)}`];
  if (origin.startsWith("http://")) return [origin, `ws://${origin.slice("http://".length)}`];
  return [origin];
}
