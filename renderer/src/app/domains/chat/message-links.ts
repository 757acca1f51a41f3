// The http(s) links in a message's text: shown as links, and offered to the plugins' embed renderers.

const LINK = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence more often than a URL. */
const TRAILING = /[.,;:!?'")\]}>]+$/;
const MAX_LINKS = 10;

export type MessagePart = { text: string; url?: undefined } | { text: string; url: string };

/** The text split into plain runs and links, in order; a link's `text` is what the user wrote. */
export function splitMessageText(text: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const candidate = match[0].replace(TRAILING, "");
    const url = normalizedLink(candidate);
    if (!url) continue;
    const start = match.index;
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ text: candidate, url });
    at = start + candidate.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** The distinct links of a message, at most ten, in the order they appear. */
export function findMessageLinks(text: string): string[] {
  const links = splitMessageText(text).flatMap((part) => (part.url === undefined ? [] : [part.url]));
  return [...new Set(links)].slice(0, MAX_LINKS);
}

function normalizedLink(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
