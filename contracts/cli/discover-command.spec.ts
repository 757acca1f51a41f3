// `toju-plugin discover` through its function: table, exact JSON, exit codes.
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { realpathSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { validateLocalPluginDiscoveryResult } from "@toju/generated/validators/index";
import { discoverLocalPlugins } from "../plugin-folder/discover-local-plugins";
import { runDiscoverCommand } from "./discover-command";

const FIXTURES = path.join(__dirname, "..", "fixtures", "local-plugins");

let workDir: string;
let pluginsPath: string;

beforeAll(async () => {
  workDir = realpathSync(await mkdtemp(path.join(os.tmpdir(), "toju-discover-cli-")));
  pluginsPath = path.join(workDir, "plugins");
  await cp(FIXTURES, pluginsPath, { recursive: true });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDiscoverCommand(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const withoutTimes = (value: unknown) => JSON.parse(JSON.stringify(value), (key, v) => (key === "discoveredAt" ? "<time>" : v));

describe("toju-plugin discover", () => {
  it("prints exactly the LocalPluginDiscoveryResult with --json and exits 0 despite refused folders", async () => {
    const { code, stdout, stderr } = await run([pluginsPath, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.endsWith("\n")).toBe(true);
    const printed = JSON.parse(stdout);
    expect(validateLocalPluginDiscoveryResult(printed)).toBe(true);
    expect(printed.errors.length).toBeGreaterThan(0);
    expect(withoutTimes(printed)).toEqual(withoutTimes(await discoverLocalPlugins(pluginsPath)));
  });

  it("accepts --json before the folder and a relative folder", async () => {
    const relative = path.relative(process.cwd(), pluginsPath);
    const { code, stdout } = await run(["--json", relative]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).pluginsPath).toBe(pluginsPath);
  });

  it("prints a table of plugins and refusals by default", async () => {
    const { code, stdout } = await run([pluginsPath]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Local plugins in ${pluginsPath}`);
    expect(stdout).toMatch(/^\s+ok\s+valid-basic\s+valid-basic@1\.0\.0\s+dist\/main\.js$/m);
    expect(stdout).toMatch(/^\s+refused\s+invalid-json\s+invalid_json\s+the manifest is not valid JSON/m);
    expect(stdout).toMatch(/^\s+refused\s+traversal-absolute\s+invalid_path\s+/m);
    expect(stdout).not.toContain("nested-deeper");
  });

  it("reports an empty result for a plugins folder that does not exist", async () => {
    const missing = path.join(workDir, "no-such-folder");
    const json = await run([missing, "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ plugins: [], errors: [], pluginsPath: missing });
    const human = await run([missing]);
    expect(human.stdout).toContain("does not exist yet");
  });

  it.each([
    ["no argument", []],
    ["only --json", ["--json"]],
    ["two folders", ["a", "b"]],
    ["an unknown flag", ["--verbose", "a"]],
  ])("exits 2 with usage for %s", async (_label, args) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("usage: toju-plugin discover");
  });

  it("exits 2 when the path is a file", async () => {
    const file = path.join(workDir, "file.txt");
    await writeFile(file, "x");
    const { code, stderr } = await run([file, "--json"]);
    expect(code).toBe(2);
    expect(stderr).toContain("is not a folder");
  });
});
