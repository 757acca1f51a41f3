// Entry of `npm start`: builds the renderer when stale, then serves it (configured like `npm run server`: PORT, HOST,
// DATABASE_URL, PLUGIN_EVENT_RATE, PLUGIN_EVENT_BURST, SESSION_TTL_SECONDS, PASSWORD_HASH_CONCURRENCY, …).
import path from "node:path";
import { readConfig } from "../../server/src/config";
import { jsonLogger } from "../../server/src/ops/logger";
import { startBrowserShell } from "./browser-shell";
import { offerExamplePlugins } from "./example-plugins";
import { ensureRendererBuild } from "./renderer-build";

async function main(): Promise<void> {
  const config = readConfig();
  const dataDir = path.resolve(process.env.TOJU_DATA_DIR || "data");
  await ensureRendererBuild();
  const offered = await offerExamplePlugins(path.join(dataDir, "plugins"));
  if (offered.length > 0) console.log(`First start: the example plugins ${offered.join(", ")} are in ${path.join(dataDir, "plugins")}`);
  const shell = await startBrowserShell({
    ...config,
    databaseUrl: process.env.DATABASE_URL ? config.databaseUrl : undefined,
    dataDir,
    log: jsonLogger,
  });
  console.log(`Toju is running at ${shell.url}/  (data and local plugins in ${dataDir}; Ctrl+C stops it)`);
  const shutdown = () =>
    shell.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  console.error(`toju: could not start: ${(error as Error)?.message ?? String(error)}`);
  process.exit(1);
});
