// Security policy of the desktop window, kept free of `electron` imports so it is testable in Node.

/**
 * The renderer's CSP: module scripts only from the app and from `blob:` (plugins are imported from Blob URLs
 * after their bytes are read over IPC or fetched from an approved origin); no `unsafe-eval`, no inline script.
 * Inline styles stay allowed because Angular injects component styles as <style> elements.
 */
export const RENDERER_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' blob:",
  "style-src 'self' 'unsafe-inline' blob:",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data: blob:",
  "media-src 'self' blob: https:",
  "connect-src 'self' https: wss: http://127.0.0.1:* ws://127.0.0.1:* http://localhost:* ws://localhost:*",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The origin the packaged renderer is served from (a privileged custom scheme, not `file:`). */
export const APP_ORIGIN = "app://toju";

/** Whether an IPC message comes from a page the desktop host itself loaded. */
export function isTrustedRendererUrl(url: string | undefined, trustedOrigins: readonly string[]): boolean {
  if (!url) return false;
  let origin: string;
  try {
    const parsed = new URL(url);
    origin = parsed.protocol === "app:" ? `app://${parsed.host}` : parsed.origin;
  } catch {
    return false;
  }
  return trustedOrigins.includes(origin);
}
