// `toju-plugin validate` through its function and through the real `bin`, on fixtures and on plugin folders.
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { runCli } from "./main";

const fixtures = path.join(__dirname, "..", "fixtures", "manifests");
const expected: Record<string, { code: string; path: string }> = JSON.parse(
  readFileSync(path.join(fixtures, "expected-issues.json"), "utf8"),
);
const minimal = JSON.parse(readFileSync(path.join(fixtures, "valid", "minimal-client.json"), "utf8"));

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let scratch: string;
beforeAll(() => (scratch = mkdtempSync(path.join(tmpdir(), "toju-cli-"))));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function pluginFolder(name: string, files: Record<string, string>): string {
  const root = path.join(scratch, name);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

describe("toju-plugin validate <manifest-file>", () => {
  it("exits 0 and says so for a valid manifest", async () => {
    const result = await cli("validate", path.join(fixtures, "valid", "full-client.json"));
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("is a valid Toju plugin manifest");
  });

  it.each(Object.keys(expected))("exits 1 for invalid/%s and prints the issue's pointer and code", async (name) => {
    const file = path.join(fixtures, "invalid", `${name}.json`);
    const human = await cli("validate", file);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain(`${expected[name].path || "/"}  [${expected[name].code}]`);
    const json = await cli("validate", file, "--json");
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.valid).toBe(false);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: expected[name].code, path: expected[name].path }));
  });

  it("checks paths in a lone manifest only syntactically (the entrypoint need not exist)", async () => {
    const file = path.join(scratch, "alone.json");
    writeFileSync(file, JSON.stringify({ ...minimal, entrypoint: "dist/missing.js" }));
    expect((await cli("validate", file)).code).toBe(0);
  });

  it.each([
    ["a missing file", () => path.join(scratch, "nope.json"), /does not exist/],
    [
      "a file that is not JSON",
      () => (writeFileSync(path.join(scratch, "bad.json"), "{ id: nope"), path.join(scratch, "bad.json")),
      /not valid JSON/,
    ],
    [
      "an oversized file",
      () => (writeFileSync(path.join(scratch, "big.json"), " ".repeat(1024 * 1024 + 1)), path.join(scratch, "big.json")),
      /at most/,
    ],
    ["a folder without a manifest", () => pluginFolder("empty", { "index.js": "" }), /neither toju-plugin\.json nor plugin\.json/],
  ])("exits 2 for %s with a one-line reason", async (_label, make, reason) => {
    const result = await cli("validate", make(), "--json");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, issues: [] });
  });

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "\u001b[31mred"])(
    "exits 2 with one readable line for the unknown command %j",
    async (name) => {
      const result = await cli(name, "x");
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^toju-plugin: unknown command '[^\n]*'\nusage:/);
      expect(result.stderr).not.toContain("\u001b");
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it.each([["--json=yes"], ["--verbose"], ["a", "b"], [""]])("exits 2 with usage for the arguments %j", async (...args) => {
    const result = await cli("validate", ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: toju-plugin validate");
  });

  it("exits 2 with usage for a missing argument or an unknown command", async () => {
    expect((await cli("validate")).code).toBe(2);
    expect((await cli("validate")).stderr).toContain("usage:");
    expect((await cli("frobnicate")).code).toBe(2);
  });
});

describe("a manifest with a byte-order mark, CRLF line ends or a trailing newline", () => {
  const variants: [string, (text: string) => string][] = [
    ["a UTF-8 byte-order mark", (text) => `\ufeff${text}`],
    ["CRLF line ends", (text) => text.replace(/\n/g, "\r\n")],
    ["a trailing newline", (text) => `${text}\n`],
    ["all three", (text) => `\ufeff${text.replace(/\n/g, "\r\n")}\r\n`],
  ];

  it.each(variants)("with %s is read identically by validate (file and folder) and discover", async (label, dress) => {
    const text = dress(JSON.stringify(minimal, null, 2));
    const root = pluginFolder(path.join("dressed", label.replace(/\W+/g, "-")), { "toju-plugin.json": text, "index.js": "" });
    expect(await cli("validate", path.join(root, "toju-plugin.json"))).toMatchObject({ code: 0, stderr: "" });
    expect(await cli("validate", root)).toMatchObject({ code: 0, stderr: "" });
    const discovered = JSON.parse((await cli("discover", path.dirname(root), "--json")).stdout);
    const found = discovered.plugins.find((p: { pluginRoot: string }) => p.pluginRoot === root);
    expect(found?.manifest).toEqual(minimal);
  });
});

describe("toju-plugin validate <plugin-folder>", () => {
  it("reports an entrypoint that is a FIFO as not_a_file at once", async () => {
    const root = pluginFolder("fifo-entry", { "toju-plugin.json": JSON.stringify({ ...minimal, entrypoint: "main.js" }) });
    execFileSync("mkfifo", [path.join(root, "main.js")]);
    const report = JSON.parse((await cli("validate", root, "--json")).stdout);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: "not_a_file", path: "/entrypoint" }));
  });

  it("exits 2 for a manifest file that is a FIFO instead of waiting for a writer", async () => {
    const root = pluginFolder("fifo-manifest", { "index.js": "" });
    execFileSync("mkfifo", [path.join(root, "toju-plugin.json")]);
    const asFile = await cli("validate", path.join(root, "toju-plugin.json"));
    expect(asFile.code).toBe(2);
    expect(asFile.stderr).toContain("is not a regular file");
    expect((await cli("validate", root)).code).toBe(2);
  });

  it("accepts a folder whose referenced files exist", async () => {
    const root = pluginFolder("ok", {
      "toju-plugin.json": JSON.stringify({
        ...minimal,
        entrypoint: "dist/index.js",
        readme: "README.md",
        capabilities: ["ui.pages"],
        ui: { pages: [{ id: "home", title: "Home", icon: "icon.svg" }], stylesheets: ["a.css"] },
      }),
      "dist/index.js": "export function activate() {}",
      "README.md": "# ok",
      "icon.svg": "<svg/>",
      "a.css": "",
    });
    expect(await cli("validate", root)).toMatchObject({ code: 0 });
  });

  it("accepts the example plugin shipped in examples/", async () => {
    expect(await cli("validate", path.join(__dirname, "..", "..", "examples", "dice-roller"))).toMatchObject({ code: 0, stderr: "" });
  });

  it("prefers toju-plugin.json over plugin.json", async () => {
    const root = pluginFolder("both", {
      "toju-plugin.json": JSON.stringify(minimal),
      "plugin.json": "{ not json",
      "index.js": "",
    });
    const result = await cli("validate", root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("toju-plugin.json");
  });

  it("falls back to plugin.json", async () => {
    const root = pluginFolder("legacy", { "plugin.json": JSON.stringify({ ...minimal, id: "x" }), "index.js": "" });
    const result = await cli("validate", root, "--json");
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).issues).toContainEqual(expect.objectContaining({ code: "invalid_format", path: "/id" }));
  });

  it("reports missing files, directories named as files and symlinks that leave the folder", async () => {
    const outside = pluginFolder("outside", { "secret.js": "steal()" });
    const root = pluginFolder("hostile", {
      "toju-plugin.json": JSON.stringify({ ...minimal, entrypoint: "dist/index.js", readme: "docs", ui: { stylesheets: ["missing.css"] } }),
      "docs/a.md": "",
    });
    mkdirSync(path.join(root, "dist"));
    symlinkSync(path.join(outside, "secret.js"), path.join(root, "dist", "index.js"));
    const report = JSON.parse((await cli("validate", root, "--json")).stdout);
    expect(report.valid).toBe(false);
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "path_outside_root", path: "/entrypoint" }),
        expect.objectContaining({ code: "not_a_file", path: "/readme" }),
        expect.objectContaining({ code: "missing_file", path: "/ui/stylesheets/0" }),
      ]),
    );
  });

  it("refuses a manifest file that is a symlink out of the folder", async () => {
    const outside = pluginFolder("outside-manifest", { "toju-plugin.json": JSON.stringify(minimal) });
    const root = pluginFolder("linked-manifest", { "index.js": "" });
    symlinkSync(path.join(outside, "toju-plugin.json"), path.join(root, "toju-plugin.json"));
    const report = JSON.parse((await cli("validate", root, "--json")).stdout);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: "path_outside_root", path: "" }));
  });
});

describe("the installed bin", () => {
  const bin = path.join(__dirname, "bin.js");
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, [bin, ...args]).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it("runs as a process with the documented exit codes and no stack trace", async () => {
    expect((await run("validate", path.join(fixtures, "valid", "theme.json"))).code).toBe(0);
    const invalid = await run("validate", path.join(fixtures, "invalid", "property-typo.json"), "--json");
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout).issues[0]).toEqual({
      code: "unknown_property",
      path: "/capabilites",
      message: "unknown property 'capabilites'",
    });
    const unusable = await run("validate", path.join(scratch, "does-not-exist"));
    expect(unusable.code).toBe(2);
    expect(unusable.stderr).not.toMatch(/\n\s+at /);
  });

  it("runs discover as a process and prints the desktop loader's result", async () => {
    const plugins = path.join(scratch, "plugins-for-bin");
    pluginFolder(path.join("plugins-for-bin", "hello"), { "toju-plugin.json": JSON.stringify(minimal), "index.js": "" });
    pluginFolder(path.join("plugins-for-bin", "broken"), { "toju-plugin.json": "{" });
    const result = await run("discover", plugins, "--json");
    expect(result.code).toBe(0);
    const discovered = JSON.parse(result.stdout);
    expect(discovered.pluginsPath).toBe(plugins);
    expect(discovered.plugins.map((p: { manifest: { id: string } }) => p.manifest.id)).toEqual(["hello-world"]);
    expect(discovered.errors).toEqual([expect.objectContaining({ code: "invalid_json" })]);
  });
});
