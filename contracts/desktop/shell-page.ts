// The renderer's index.html as a host serves it: `<meta>` tags written at the top of `<head>` tell the page what only
// its host knows (the desktop bridge and its secret, the signaling server's origin). Used by the browser shell and
// the Electron window alike.

/** A `<meta name content>` tag with the content escaped for an attribute. */
export function metaTag(name: string, content: string): string {
  const escaped = content.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<meta name="${name}" content="${escaped}">`;
}

/** `indexHtml` with `tags` right after its `<head>` opening tag. */
export function withHeadTags(indexHtml: string, tags: readonly string[]): string {
  const head = /<head[^>]*>/i.exec(indexHtml);
  if (!head) throw new Error("the renderer's index.html has no <head>");
  const at = head.index + head[0].length;
  return `${indexHtml.slice(0, at)}\n${tags.join("")}${indexHtml.slice(at)}`;
}

/** Names the signaling server the page talks to, for a page that does not come from that server (the desktop window). */
export const SERVER_ORIGIN_META_NAME = "toju-server-origin";
