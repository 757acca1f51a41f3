// Where an isolated plugin's page, panel, channel section, embed or settings page is drawn: a sandboxed frame with an
// opaque origin and no scripts (the sandbox allows none, and the document's own policy forbids them and every fetch
// but inline styles and data: images), showing the HTML the plugin's worker hands over.

const SURFACE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
const DEFAULT_HEIGHT_PX = 160;
const MIN_HEIGHT_PX = 24;
const MAX_HEIGHT_PX = 4000;
/** The HTML one surface may show; more is refused (the plugin is told through its log). */
export const MAX_SURFACE_HTML_BYTES = 256 * 1024;

export interface SurfaceFrame {
  show(html: string, heightPx?: number): void;
  remove(): void;
}

export function createSurfaceFrame(container: HTMLElement, title: string): SurfaceFrame {
  const frame = container.ownerDocument.createElement("iframe");
  frame.setAttribute("sandbox", "");
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.setAttribute("title", title);
  frame.className = "toju-isolated-surface";
  frame.style.cssText = `display:block;width:100%;border:0;height:${DEFAULT_HEIGHT_PX}px;background:transparent`;
  container.append(frame);
  return {
    show(html, heightPx) {
      if (heightPx !== undefined && Number.isFinite(heightPx))
        frame.style.height = `${Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, Math.round(heightPx)))}px`;
      frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SURFACE_POLICY}"><meta http-equiv="x-dns-prefetch-control" content="off"><style>body{margin:0;font:14px system-ui,sans-serif;color:#1f2430}</style></head><body>${html}</body></html>`;
    },
    remove() {
      frame.remove();
    },
  };
}
