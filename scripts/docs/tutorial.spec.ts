// The create-a-plugin tutorial works as written: its manifest and module, copied from the page into an empty folder,
// make a plugin folder `toju-plugin validate` accepts and a module that type-checks against the SDK.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkPluginFolder } from "../../contracts/plugin-folder/check-plugin-folder";

const repoRoot = path.resolve(__dirname, "..", "..");
const page = readFileSync(path.join(repoRoot, "docs", "plugin-development", "create-a-plugin.md"), "utf8");

/** The fenced block of `language` that follows the sentence naming `file`. */
function blockAfter(file: string, language: string): string {
  const at = page.indexOf(`Create \`${file}\``);
  expect(at).toBeGreaterThan(-1);
  const match = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(page.slice(at));
  if (!match) throw new Error(`no ${language} block after ${file}`);
  return match[1];
}

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "toju-tutorial-"));
  writeFileSync(path.join(folder, "toju-plugin.json"), blockAfter("toju-plugin.json", "json"));
  writeFileSync(path.join(folder, "index.js"), blockAfter("index.js", "js"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it("gives a plugin folder the desktop loader accepts", async () => {
  expect(await checkPluginFolder(folder)).toMatchObject({ ok: true, result: { valid: true, issues: [] } });
});

it("gives a module that type-checks against the SDK", () => {
  writeFileSync(
    path.join(folder, "jsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        allowJs: true,
        checkJs: true,
        noEmit: true,
        strict: true,
        target: "ES2022",
        module: "ES2022",
        moduleResolution: "bundler",
        lib: ["ES2022", "DOM"],
        skipLibCheck: true,
        // In an author's folder the package resolves from node_modules; here the SDK is its source.
        paths: { "@toju/plugin-sdk": [path.join(repoRoot, "contracts", "sdk", "toju-plugin-sdk.ts")] },
      },
      include: ["index.js"],
    }),
  );
  const tsc = spawnSync(process.execPath, [path.join(repoRoot, "node_modules", "typescript", "bin", "tsc"), "-p", "jsconfig.json"], {
    cwd: folder,
    encoding: "utf8",
  });
  expect(tsc.stdout + tsc.stderr).toBe("");
});
