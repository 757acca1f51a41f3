// The first `npm start` copies the example plugins into an empty plugins folder, and never touches one in use.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { discoverLocalPlugins } from "../../contracts/plugin-folder/discover-local-plugins";
import { offerExamplePlugins } from "./example-plugins";

let dataDir: string;
beforeEach(() => (dataDir = mkdtempSync(path.join(tmpdir(), "toju-examples-"))));
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

it("copies every example into a missing or empty plugins folder, and discovery finds them all", async () => {
  const pluginsPath = path.join(dataDir, "plugins");
  expect(await offerExamplePlugins(pluginsPath)).toEqual(["dice-roller", "link-preview", "poll", "tic-tac-toe"]);
  const found = await discoverLocalPlugins(pluginsPath);
  expect(found.errors).toEqual([]);
  expect(found.plugins.map((p) => (p.manifest as { id: string }).id)).toEqual(["dice-roller", "link-preview", "poll", "tic-tac-toe"]);
  expect(existsSync(path.join(pluginsPath, "poll", "README.md"))).toBe(true);
  expect(readdirSync(pluginsPath).flatMap((name) => readdirSync(path.join(pluginsPath, name)))).not.toContain("tsconfig.json");
});

it("leaves a plugins folder that already holds a plugin alone", async () => {
  const pluginsPath = path.join(dataDir, "plugins");
  mkdirSync(path.join(pluginsPath, "mine"), { recursive: true });
  writeFileSync(path.join(pluginsPath, "mine", "toju-plugin.json"), "{}");
  expect(await offerExamplePlugins(pluginsPath)).toEqual([]);
  expect(readdirSync(pluginsPath)).toEqual(["mine"]);
});
