// Security policy of the desktop window, kept free of `electron` imports so it is testable in Node.

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
