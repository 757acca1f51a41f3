// The browser shell's bridge secret, kept in the data folder (mode 0600) so a page left open across a restart of
// `npm start` keeps working: the secret still reaches no other origin, and the file is as private as the data beside it.
import { randomBytes } from "node:crypto";
import { chmod, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const BRIDGE_SECRET_FILE = "desktop-bridge.secret";
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43,}$/;

/** The secret stored in `dataDir`, made (32 random bytes, base64url) when missing or unusable. */
export async function bridgeSecretIn(dataDir: string): Promise<string> {
  const file = path.join(dataDir, BRIDGE_SECRET_FILE);
  const stored = (await readFile(file, "utf8").catch(() => "")).trim();
  if (SECRET_PATTERN.test(stored)) return stored;
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}
