// Manifest validation throughput (validateManifest vs a freshly ajv.compile'd schema) and cold start (standalone vs compile).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createContractAjv } from "../contracts/schema/ajv-options";
import { validateManifest } from "../contracts/manifest/validate-manifest";
import { validateTojuPluginManifest } from "../generated/validators";
import { measureRate, median, round } from "./measure";

const repo = path.join(__dirname, "..");
const fixture = (rel: string) => JSON.parse(readFileSync(path.join(repo, "contracts", "fixtures", "manifests", rel), "utf8"));

const remote = fixture("valid/remote-bundle.json");
const valid = {
  ...remote,
  capabilities: [...remote.capabilities, "ui.panels", "ui.actions", "storage.local"],
  ui: {
    panels: [{ id: "poll-panel", title: "Open polls", location: "right" }],
    actions: [{ id: "new-poll", title: "New poll", context: ["composer"] }],
  },
  data: [{ key: "drafts", scope: "user", storage: "local" }],
  authors: [{ name: "Poll Team", email: "polls@example.com", url: "https://example.com/polls" }],
  homepage: "https://example.com/polls",
  license: "MIT",
  relationships: { optional: [{ pluginId: "toju.core-ui", versionRange: "^1.0.0" }] },
};
const invalid = { ...valid, id: "Not Valid", capabilites: ["ui.pages"], kind: "widget" };
console.log(`manifest sizes: valid ${JSON.stringify(valid).length} B, invalid ${JSON.stringify(invalid).length} B`);
if (!validateManifest(valid).valid || validateManifest(invalid).valid) throw new Error("bench fixtures do not behave as expected");

const bundle = JSON.parse(readFileSync(path.join(repo, "generated", "json-schema", "toju-plugin.schema.json"), "utf8"));
const baseline = createContractAjv().compile(bundle);

const standalone = measureRate(() => validateTojuPluginManifest(valid));
console.log(
  `schema only: generated standalone validator ${Math.round(standalone.opsPerSecond).toLocaleString("en")}/s (semantic rules excluded)`,
);
const ours = { valid: measureRate(() => validateManifest(valid)), invalid: measureRate(() => validateManifest(invalid)) };
const base = { valid: measureRate(() => baseline(valid)), invalid: measureRate(() => baseline(invalid)) };
for (const kind of ["valid", "invalid"] as const) {
  console.log(
    `${kind.padEnd(7)} validateManifest ${Math.round(ours[kind].opsPerSecond).toLocaleString("en")}/s   ajv.compile baseline (schema only) ${Math.round(base[kind].opsPerSecond).toLocaleString("en")}/s   ratio ${round(ours[kind].opsPerSecond / base[kind].opsPerSecond)}`,
  );
}

const tsx = path.join(repo, "node_modules", "tsx", "dist", "cli.mjs");
const coldStart = (mode: string): number => {
  const runs = Array.from(
    { length: 5 },
    () =>
      JSON.parse(execFileSync(process.execPath, [tsx, path.join(__dirname, "manifest-cold-start.ts"), mode], { encoding: "utf8" }))
        .ms as number,
  );
  return median(runs);
};
const standaloneMs = coldStart("standalone");
const compileMs = coldStart("compile");
console.log(
  `cold start to first validation (median of 5 processes): standalone ${round(standaloneMs, 1)} ms, ajv.compile ${round(compileMs, 1)} ms`,
);

console.log(
  JSON.stringify({
    bench: "manifest",
    validPerSecond: Math.round(ours.valid.opsPerSecond),
    invalidPerSecond: Math.round(ours.invalid.opsPerSecond),
    baselineValidPerSecond: Math.round(base.valid.opsPerSecond),
    baselineInvalidPerSecond: Math.round(base.invalid.opsPerSecond),
    standaloneSchemaOnlyPerSecond: Math.round(standalone.opsPerSecond),
    invalidRatio: round(ours.invalid.opsPerSecond / base.invalid.opsPerSecond, 3),
    coldStartStandaloneMs: round(standaloneMs, 1),
    coldStartCompileMs: round(compileMs, 1),
    coldStartRatio: round(standaloneMs / compileMs, 3),
    ratio: round(ours.valid.opsPerSecond / base.valid.opsPerSecond, 3),
  }),
);
