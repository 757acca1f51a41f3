// `Content-Disposition: attachment` for a user's file name (RFC 6266): an ASCII `filename` fallback and the exact
// name as UTF-8 in `filename*` (RFC 8187), so no name can break out of the header or change how it is read.

/** RFC 8187 `attr-char`s stay as they are; every other UTF-8 byte is percent-encoded. */
function encodeExtValue(name: string): string {
  let out = "";
  for (const byte of Buffer.from(name, "utf8")) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9!#$&+.^_`|~-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Printable ASCII other than the quote and backslash, for clients that ignore `filename*`. */
function asciiFallback(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\%]/g, "_");
}

export function attachmentDisposition(name: string): string {
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeExtValue(name)}`;
}
