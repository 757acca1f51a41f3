import { createHash } from "node:crypto";
import { verifyIntegrity } from "./subresource-integrity";

const CODE = new TextEncoder().encode("export function activate() {}\n");

function sri(algorithm: "sha256" | "sha384" | "sha512", bytes: Uint8Array): string {
  return `${algorithm}-${createHash(algorithm).update(bytes).digest("base64")}`;
}

describe("verifyIntegrity", () => {
  it.each(["sha256", "sha384", "sha512"] as const)("accepts bytes matching a %s hash", async (algorithm) => {
    await expect(verifyIntegrity(CODE, sri(algorithm, CODE))).resolves.toEqual({ ok: true });
  });

  it("accepts an ArrayBuffer", async () => {
    const buffer = CODE.buffer.slice(CODE.byteOffset, CODE.byteOffset + CODE.byteLength);
    await expect(verifyIntegrity(buffer, sri("sha384", CODE))).resolves.toEqual({ ok: true });
  });

  it("refuses bytes that were changed", async () => {
    const tampered = new TextEncoder().encode("export function activate() { steal(); }\n");
    await expect(verifyIntegrity(tampered, sri("sha256", CODE))).resolves.toMatchObject({ ok: false, code: "integrity_mismatch" });
  });

  it("uses only the strongest algorithm listed", async () => {
    const wrongStrong = `${sri("sha256", CODE)} sha512-${"A".repeat(86)}==`;
    await expect(verifyIntegrity(CODE, wrongStrong)).resolves.toMatchObject({ ok: false, code: "integrity_mismatch" });
    await expect(verifyIntegrity(CODE, `sha256-${"A".repeat(43)}= ${sri("sha512", CODE)}`)).resolves.toEqual({ ok: true });
  });

  it("ignores SRI options after the digest", async () => {
    await expect(verifyIntegrity(CODE, `${sri("sha256", CODE)}?foo`)).resolves.toEqual({ ok: true });
  });

  it("refuses metadata without a usable hash", async () => {
    await expect(verifyIntegrity(CODE, "md5-abcdef")).resolves.toMatchObject({ ok: false, code: "invalid_integrity" });
    await expect(verifyIntegrity(CODE, "")).resolves.toMatchObject({ ok: false, code: "invalid_integrity" });
  });
});
