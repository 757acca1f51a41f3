// The SDK package as a plugin author meets it: each example, copied out of the repository, installs the packed
// tarball offline, validates with the packaged CLI, finds the manifest schema inside it, and type-checks its module
// against the packaged SDK types.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { packPluginSdk } from "./build-plugin-sdk";

const repoRoot = path.resolve(__dirname, "..", "..");
const examplesDir = path.join(repoRoot, "examples");
const examples = readdirSync(examplesDir).filter((name) => statSync(path.join(examplesDir, name)).isDirectory());
const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");

let scratch: string;
let tarball: string;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "toju-sdk-package-"));
  tarball = await packPluginSdk(path.join(scratch, "pack"));
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function authorFolder(example: string): string {
  const folder = path.join(scratch, example);
  cpSync(path.join(examplesDir, example), folder, {
    recursive: true,
    filter: (source) => !/(\.spec\.ts|tsconfig\.json|node_modules)$/.test(source),
  });
  // The example's own package.json names the SDK inside this repository; an author installs the published tarball.
  const manifest = JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8"));
  writeFileSync(path.join(folder, "package.json"), JSON.stringify({ ...manifest, devDependencies: {} }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--save-dev", tarball], { cwd: folder, stdio: "pipe" });
  return folder;
}

describe("@toju/plugin-sdk, packed", () => {
  it.each(examples)("serves the %s example copied out of the repository", (example) => {
    const folder = authorFolder(example);
    const manifest = JSON.parse(readFileSync(path.join(folder, "toju-plugin.json"), "utf8"));
    expect(existsSync(path.join(folder, manifest.$schema))).toBe(true);
    expect(readFileSync(path.join(folder, manifest.$schema), "utf8")).toBe(
      readFileSync(path.join(repoRoot, "generated", "json-schema", "toju-plugin.schema.json"), "utf8"),
    );

    const cli = path.join(folder, "node_modules", ".bin", "toju-plugin");
    const valid = spawnSync(cli, ["validate", ".", "--json"], { cwd: folder, encoding: "utf8" });
    expect([valid.status, JSON.parse(valid.stdout)]).toEqual([0, { valid: true, issues: [] }]);
    const unknown = spawnSync(cli, ["toString"], { cwd: folder, encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);

    // The example's own jsconfig.json, copied with it, is what an author type-checks with.
    const typecheck = spawnSync(process.execPath, [tsc, "-p", "jsconfig.json"], { cwd: folder, encoding: "utf8" });
    expect(typecheck.stdout + typecheck.stderr).toBe("");
    expect(typecheck.status).toBe(0);
  });

  it("type-checks against the packaged types: a misused API is an error", () => {
    const folder = authorFolder("poll");
    writeFileSync(
      path.join(folder, "index.js"),
      '/** @param {import("@toju/plugin-sdk").TojuPluginActivationContext} context */\nexport function activate(context) { context.api.ui.registerNothing(); }\n',
    );
    const typecheck = spawnSync(process.execPath, [tsc, "-p", "jsconfig.json"], { cwd: folder, encoding: "utf8" });
    expect(typecheck.status).not.toBe(0);
    expect(typecheck.stdout).toContain("registerNothing");
  });
});
