// Child process of the manifest bench: prints ms from process start to the first manifest validation.
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const manifest = JSON.parse(
  readFileSync(path.join(__dirname, "..", "contracts", "fixtures", "manifests", "valid", "full-client.json"), "utf8"),
);
const mode = process.argv[2];
let valid: boolean;
if (mode === "standalone") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { validateTojuPluginManifest } = require("../generated/validators") as typeof import("../generated/validators");
  valid = validateTojuPluginManifest(manifest);
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createContractAjv } = require("../contracts/schema/ajv-options") as typeof import("../contracts/schema/ajv-options");
  const schema = JSON.parse(readFileSync(path.join(__dirname, "..", "generated", "json-schema", "toju-plugin.schema.json"), "utf8"));
  valid = createContractAjv().compile(schema)(manifest) as boolean;
}
process.stdout.write(JSON.stringify({ mode, valid, ms: performance.now() }));
