// Password hashing: scrypt with a per-user random salt, compared in constant time.
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

const KEY_LENGTH = 64;
const SCRYPT_OPTIONS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, KEY_LENGTH, SCRYPT_OPTIONS, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<{ hash: string; salt: string }> {
  const salt = randomBytes(16);
  return { hash: (await derive(password, salt)).toString("hex"), salt: salt.toString("hex") };
}

export async function verifyPassword(password: string, stored: { hash: string; salt: string }): Promise<boolean> {
  const expected = Buffer.from(stored.hash, "hex");
  const actual = await derive(password, Buffer.from(stored.salt, "hex"));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

const decoy = { hash: "00".repeat(KEY_LENGTH), salt: "00".repeat(16) };

/** Spends the same work as a real check so an unknown user name is not revealed by timing. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  await verifyPassword(password, decoy);
  return false;
}
