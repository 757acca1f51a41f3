// `npm run server`: the signaling server alone, configured from the environment (`readConfig`: PORT, HOST, DATABASE_URL,
// ATTACHMENTS_DIR, PLUGIN_EVENT_RATE, PLUGIN_EVENT_BURST, REDIS_URL, REDIS_PREFIX, SESSION_TTL_SECONDS,
// PASSWORD_HASH_CONCURRENCY, SERVER_STATE_CACHE_SIZE, TRUST_PROXY).
import { readConfig } from "./config";
import { jsonLogger } from "./ops/logger";
import { startSignalingServer } from "./signaling-server";

async function main(): Promise<void> {
  const config = readConfig();
  const server = await startSignalingServer({ ...config, log: jsonLogger });
  jsonLogger("info", "server.listening", { url: server.url, websocket: `${server.url.replace(/^http/, "ws")}/ws` });
  console.log(`Toju signaling server listening on ${server.url}`);
  const shutdown = (signal: string) => {
    jsonLogger("info", "server.stopping", { signal });
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  jsonLogger("error", "server.start_failed", { message: (error as Error)?.message });
  process.exit(1);
});
