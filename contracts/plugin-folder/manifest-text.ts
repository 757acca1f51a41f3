// Turns the bytes of a manifest file into JSON the same way everywhere (desktop loader, CLI, install from URL):
// UTF-8 with an optional byte-order mark, CRLF or LF, bounded nesting.

/** Manifest file names in order of preference. */
export const MANIFEST_FILE_NAMES = ["toju-plugin.json", "plugin.json"] as const;
/** Manifests larger than this are refused before they are read. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Deeper manifests are refused: no real manifest comes close, and recursive consumers would overflow. */
export const MAX_MANIFEST_NESTING = 100;

export type ManifestParse = { ok: true; manifest: unknown } | { ok: false; message: string };

export function parseManifestText(bytes: Buffer | string): ManifestParse {
  const raw = typeof bytes === "string" ? bytes : bytes.toString("utf8");
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const depth = nestingDepth(text);
  if (depth > MAX_MANIFEST_NESTING) {
    return { ok: false, message: `the manifest nests ${depth} levels deep; at most ${MAX_MANIFEST_NESTING} are accepted` };
  }
  try {
    return { ok: true, manifest: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `the manifest is not valid JSON: ${(error as Error).message}` };
  }
}

/**
 * Deepest bracket nesting outside strings. Valid JSON nested thousands of levels deep parses fine but then
 * overflows the stack of every recursive consumer (JSON.stringify, structured clone), so it is refused.
 */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}
