// Subresource Integrity for plugin code, with WebCrypto so the desktop installer and the renderer verify alike: the
// bytes must match `bundle.integrity` before they are written or imported.

export type IntegrityErrorCode = "invalid_integrity" | "integrity_mismatch";

export type IntegrityResult = { ok: true } | { ok: false; code: IntegrityErrorCode; message: string };

const ALGORITHMS = { sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512" } as const;
type SriAlgorithm = keyof typeof ALGORITHMS;
const STRENGTH: readonly SriAlgorithm[] = ["sha256", "sha384", "sha512"];

/**
 * As browsers do (SRI §3.3.4): of the well-formed hashes in the metadata, only those of the strongest
 * algorithm count, and any one of them matching is enough. Options (`?…`) are ignored.
 */
export async function verifyIntegrity(bytes: ArrayBuffer | Uint8Array, integrity: string): Promise<IntegrityResult> {
  const hashes = integrity
    .split(/\s+/)
    .map((token) => /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})(\?.*)?$/.exec(token))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ algorithm: m[1] as SriAlgorithm, digest: m[2] }));
  if (hashes.length === 0)
    return { ok: false, code: "invalid_integrity", message: `'${integrity}' is not a sha256, sha384 or sha512 integrity hash.` };
  const strongest = STRENGTH[Math.max(...hashes.map((h) => STRENGTH.indexOf(h.algorithm)))];
  const actual = toBase64(await globalThis.crypto.subtle.digest(ALGORITHMS[strongest], new Uint8Array(bytes)));
  if (hashes.some((h) => h.algorithm === strongest && h.digest === actual)) return { ok: true };
  return { ok: false, code: "integrity_mismatch", message: `The plugin code does not match its integrity hash (${strongest}-${actual}).` };
}

function toBase64(digest: ArrayBuffer): string {
  let binary = "";
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
