// Discovery against the fixture tree plus hostile parts (symlinks, oversized files) built in a temp copy.
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { validateLocalPluginDiscoveryResult } from "@toju/generated/validators/index";
import type { LocalPluginDiscoveryResult } from "@toju/generated/types/contract";
import { discoverLocalPlugins } from "./discover-local-plugins";
import { MAX_MANIFEST_BYTES } from "./manifest-text";

const TEST_PLUGIN_FIXTURE_DIR = path.join(__dirname, "..", "fixtures", "local-plugins");

const manifest = (id: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    schemaVersion: 1,
    id,
    title: id,
    description: "Hostile fixture.",
    version: "1.0.0",
    apiVersion: "1",
    kind: "client",
    compatibility: { minimumTojuVersion: "1.0.0" },
    ...extra,
  });

let workDir: string;
let pluginsPath: string;
let outsideDir: string;
let result: LocalPluginDiscoveryResult;

beforeAll(async () => {
  workDir = realpathSync(await mkdtemp(path.join(os.tmpdir(), "toju-discovery-")));
  pluginsPath = path.join(workDir, "plugins");
  outsideDir = path.join(workDir, "outside");
  await cp(TEST_PLUGIN_FIXTURE_DIR, pluginsPath, { recursive: true });
  await mkdir(outsideDir);
  await writeFile(path.join(outsideDir, "secret.js"), "export const secret = 1;\n");
  await writeFile(path.join(outsideDir, "toju-plugin.json"), manifest("outside-manifest"));

  await mkdir(path.join(pluginsPath, "symlink-entrypoint"));
  await writeFile(
    path.join(pluginsPath, "symlink-entrypoint", "toju-plugin.json"),
    manifest("symlink-entrypoint", { entrypoint: "main.js" }),
  );
  await symlink(path.join(outsideDir, "secret.js"), path.join(pluginsPath, "symlink-entrypoint", "main.js"));

  await mkdir(path.join(pluginsPath, "symlink-manifest"));
  await symlink(path.join(outsideDir, "toju-plugin.json"), path.join(pluginsPath, "symlink-manifest", "toju-plugin.json"));

  await mkdir(path.join(pluginsPath, "symlink-dir-entrypoint"));
  await writeFile(
    path.join(pluginsPath, "symlink-dir-entrypoint", "toju-plugin.json"),
    manifest("symlink-dir-entrypoint", { entrypoint: "lib/secret.js" }),
  );
  await symlink(outsideDir, path.join(pluginsPath, "symlink-dir-entrypoint", "lib"));

  await mkdir(path.join(pluginsPath, "symlink-inside"));
  await writeFile(path.join(pluginsPath, "symlink-inside", "toju-plugin.json"), manifest("symlink-inside", { entrypoint: "alias.js" }));
  await writeFile(path.join(pluginsPath, "symlink-inside", "real.js"), "export {};\n");
  await symlink("real.js", path.join(pluginsPath, "symlink-inside", "alias.js"));

  await mkdir(path.join(pluginsPath, "dangling-manifest"));
  await symlink(path.join(workDir, "nowhere.json"), path.join(pluginsPath, "dangling-manifest", "toju-plugin.json"));

  await mkdir(path.join(pluginsPath, "manifest-is-folder", "toju-plugin.json"), { recursive: true });

  await mkdir(path.join(pluginsPath, "manifest-is-fifo"));
  execFileSync("mkfifo", [path.join(pluginsPath, "manifest-is-fifo", "toju-plugin.json")]);

  await mkdir(path.join(pluginsPath, "oversized"));
  const big = manifest("oversized");
  await writeFile(path.join(pluginsPath, "oversized", "toju-plugin.json"), big + " ".repeat(MAX_MANIFEST_BYTES + 1 - big.length));

  await mkdir(path.join(pluginsPath, "deeply-nested"));
  await writeFile(
    path.join(pluginsPath, "deeply-nested", "toju-plugin.json"),
    `{"id":"deep","x":${"[".repeat(200_000)}${"]".repeat(200_000)}}`,
  );

  await mkdir(path.join(pluginsPath, "nesting-in-strings"));
  await writeFile(
    path.join(pluginsPath, "nesting-in-strings", "toju-plugin.json"),
    JSON.stringify({ id: "nesting-in-strings", note: `\\"${"[{".repeat(500)}` }),
  );

  await mkdir(path.join(pluginsPath, "exactly-limit"));
  const limit = manifest("exactly-limit");
  await writeFile(path.join(pluginsPath, "exactly-limit", "toju-plugin.json"), limit + " ".repeat(MAX_MANIFEST_BYTES - limit.length));

  await mkdir(path.join(workDir, "linked-source"));
  await writeFile(path.join(workDir, "linked-source", "toju-plugin.json"), manifest("linked-folder"));
  await symlink(path.join(workDir, "linked-source"), path.join(pluginsPath, "linked-folder"));
  await symlink(path.join(workDir, "gone"), path.join(pluginsPath, "dangling-folder"));

  result = await discoverLocalPlugins(pluginsPath);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const pluginIds = (): unknown[] => result.plugins.map((plugin) => (plugin.manifest as { id?: unknown }).id);
const errorFor = (folder: string) => result.errors.find((error) => path.relative(pluginsPath, error.path).split(path.sep)[0] === folder);

describe("discoverLocalPlugins", () => {
  it("returns a result that matches the generated contract", () => {
    expect(validateLocalPluginDiscoveryResult(result)).toBe(true);
    expect(result.pluginsPath).toBe(pluginsPath);
  });

  it("describes a valid plugin with real paths, a file URL and a timestamp", () => {
    const plugin = result.plugins.find((p) => (p.manifest as { id: string }).id === "valid-basic");
    expect(plugin).toBeDefined();
    const root = path.join(pluginsPath, "valid-basic");
    expect(plugin).toMatchObject({
      manifestPath: path.join(root, "toju-plugin.json"),
      pluginRoot: root,
      entrypointPath: path.join(root, "dist", "main.js"),
      readmePath: path.join(root, "README.md"),
    });
    expect(plugin!.pluginRootUrl).toBe(`file://${root}/`);
    expect(Number.isNaN(Date.parse(plugin!.discoveredAt))).toBe(false);
  });

  it("accepts plugin.json when toju-plugin.json is absent and prefers toju-plugin.json when both exist", () => {
    expect(pluginIds()).toContain("valid-legacy-name");
    expect(pluginIds()).toContain("preferred-manifest");
    expect(pluginIds()).not.toContain("legacy-manifest");
  });

  it("keeps manifests raw: schema-invalid JSON objects are still returned", () => {
    const raw = result.plugins.find((p) => p.pluginRoot.endsWith(`${path.sep}raw-unvalidated`));
    expect(raw?.manifest).toEqual({ anything: ["goes", 1, null], entrypoint: "lib/index.js" });
  });

  it("lists plugins sorted by folder name", () => {
    const folders = result.plugins.map((p) => path.basename(path.dirname(p.manifestPath)));
    expect(folders).toEqual([...folders].sort());
  });

  it("reports invalid JSON with the manifest path", () => {
    expect(errorFor("invalid-json")).toMatchObject({
      code: "invalid_json",
      path: path.join(pluginsPath, "invalid-json", "toju-plugin.json"),
    });
  });

  it.each([
    ["traversal-dotdot", "path_outside_root"],
    ["traversal-dotdot-inner", "path_outside_root"],
    ["traversal-backslash", "path_outside_root"],
    ["traversal-absolute", "invalid_path"],
    ["traversal-drive", "invalid_path"],
    ["traversal-nul", "invalid_path"],
    ["entrypoint-not-string", "invalid_path"],
    ["readme-outside", "path_outside_root"],
    ["missing-entrypoint", "missing_file"],
    ["symlink-entrypoint", "path_outside_root"],
    ["symlink-dir-entrypoint", "path_outside_root"],
    ["symlink-manifest", "path_outside_root"],
    ["dangling-manifest", "missing_file"],
    ["manifest-is-folder", "unreadable"],
    ["manifest-is-fifo", "unreadable"],
    ["oversized", "manifest_too_large"],
    ["deeply-nested", "invalid_json"],
  ])("refuses %s with %s and does not list it", (folder, code) => {
    expect(errorFor(folder)).toMatchObject({ code });
    expect(result.plugins.some((p) => p.manifestPath.startsWith(path.join(pluginsPath, folder) + path.sep))).toBe(false);
  });

  it("lists every issue toju-plugin validate would print for a refused folder whose manifest could be read", () => {
    expect(errorFor("missing-entrypoint")?.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "missing_file", path: "/entrypoint" })]),
    );
    expect(errorFor("invalid-json")?.issues).toBeUndefined();
  });

  it("never exposes the content of a manifest reached through a symlink out of the root", () => {
    expect(pluginIds()).not.toContain("outside-manifest");
  });

  it("accepts a symlink that stays inside the plugin root and reports its real path", () => {
    const plugin = result.plugins.find((p) => (p.manifest as { id: string }).id === "symlink-inside");
    expect(plugin?.entrypointPath).toBe(path.join(pluginsPath, "symlink-inside", "real.js"));
  });

  it("accepts a manifest of exactly 1 MiB", () => {
    expect(pluginIds()).toContain("exactly-limit");
  });

  it("follows a symlinked plugin folder and uses its real path as the root", () => {
    const plugin = result.plugins.find((p) => (p.manifest as { id: string }).id === "linked-folder");
    expect(plugin?.pluginRoot).toBe(path.join(workDir, "linked-source"));
    expect(plugin?.manifestPath).toBe(path.join(pluginsPath, "linked-folder", "toju-plugin.json"));
  });

  it("ignores deeper folders, folders without a manifest, dangling folder links and stray files", () => {
    expect(pluginIds()).not.toContain("nested-deeper");
    expect(pluginIds()).not.toContain("stray");
    for (const folder of ["nested", "no-manifest", "dangling-folder", "stray-file.json", "README.txt"])
      expect(errorFor(folder)).toBeUndefined();
  });

  it("still finds every good plugin next to the bad ones", () => {
    expect([...pluginIds()].sort()).toEqual(
      [
        "exactly-limit",
        "linked-folder",
        "nesting-in-strings",
        "preferred-manifest",
        undefined,
        "symlink-inside",
        "valid-basic",
        "valid-legacy-name",
      ].sort(),
    );
  });

  it("yields an empty result for a missing plugins folder", async () => {
    const missing = path.join(workDir, "does-not-exist");
    await expect(discoverLocalPlugins(missing)).resolves.toEqual({ plugins: [], errors: [], pluginsPath: missing });
  });

  it("reports a plugins path that is a file instead of throwing", async () => {
    const file = path.join(pluginsPath, "stray-file.json");
    const fileResult = await discoverLocalPlugins(file);
    expect(fileResult.plugins).toEqual([]);
    expect(fileResult.errors).toEqual([expect.objectContaining({ path: file, code: "unreadable" })]);
  });

  it("gives the same answer with any concurrency bound", async () => {
    const sequential = await discoverLocalPlugins(pluginsPath, { concurrency: 1 });
    const strip = (r: LocalPluginDiscoveryResult) => ({ ...r, plugins: r.plugins.map(({ discoveredAt: _ignored, ...rest }) => rest) });
    expect(strip(sequential)).toEqual(strip(result));
  });
});
