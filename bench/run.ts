// `npm run bench -- <name>`: runs bench/<name>.bench.ts in its own process (human lines, then one JSON line).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const available = readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .map((f) => f.replace(/\.bench\.ts$/, ""))
  .sort();
const name = process.argv[2];
if (!name || !existsSync(path.join(__dirname, `${name}.bench.ts`))) {
  console.error(`usage: npm run bench -- <name>   (available: ${available.join(", ")})`);
  process.exit(2);
}
const tsx = path.join(__dirname, "..", "node_modules", "tsx", "dist", "cli.mjs");
const result = spawnSync(process.execPath, [tsx, path.join(__dirname, `${name}.bench.ts`), ...process.argv.slice(3)], { stdio: "inherit" });
process.exit(result.status ?? 1);
