// Password hashing: scrypt with a per-user random salt, compared in constant time. Hashes run on libuv's thread pool,
// which sqlite shares: at most `concurrency` at once, and one client address at a time, so a flood of sign-ins can
// neither starve the database nor queue an honest sign-in behind all of its own attempts.
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import pLimit, { type LimitFunction } from "p-limit";
import { KeyedSerialQueue } from "@toju/contracts/async/serial-queue";

const KEY_LENGTH = 64;
const SCRYPT_OPTIONS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export interface StoredPassword {
  hash: string;
  salt: string;
}

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, KEY_LENGTH, SCRYPT_OPTIONS, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

const decoy: StoredPassword = { hash: "00".repeat(KEY_LENGTH), salt: "00".repeat(16) };

export class PasswordHasher {
  private readonly pool: LimitFunction;
  private readonly perClient = new KeyedSerialQueue<string>();

  /** `concurrency`: hashes running at once (libuv's pool has 4 threads unless UV_THREADPOOL_SIZE says otherwise). */
  constructor(concurrency: number) {
    this.pool = pLimit(concurrency);
  }

  async hash(password: string, client: string): Promise<StoredPassword> {
    const salt = randomBytes(16);
    return { hash: (await this.derive(password, salt, client)).toString("hex"), salt: salt.toString("hex") };
  }

  async verify(password: string, stored: StoredPassword, client: string): Promise<boolean> {
    const expected = Buffer.from(stored.hash, "hex");
    const actual = await this.derive(password, Buffer.from(stored.salt, "hex"), client);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  /** Spends the same work as a real check so an unknown user name is not revealed by timing. */
  async verifyDecoy(password: string, client: string): Promise<false> {
    await this.verify(password, decoy, client);
    return false;
  }

  private derive(password: string, salt: Buffer, client: string): Promise<Buffer> {
    return this.perClient.run(client, () => this.pool(() => derive(password, salt)));
  }
}
