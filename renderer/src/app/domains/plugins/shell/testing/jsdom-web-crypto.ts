// Test helper: jsdom has `crypto.getRandomValues` but no `crypto.subtle`, which the loader's integrity check uses; this
// lends it Node's WebCrypto for the specs that load a downloaded module with a `bundle.integrity`.
import { createHash, webcrypto } from "node:crypto";

export function lendWebCryptoToJsdom(): void {
  if (!globalThis.crypto.subtle) Object.defineProperty(globalThis.crypto, "subtle", { value: webcrypto.subtle, configurable: true });
}

/** The SRI hash of text, as a manifest's `bundle.integrity` gives it. */
export function sha384Integrity(text: string): string {
  return `sha384-${createHash("sha384").update(text).digest("base64")}`;
}
