// In real Chromium under the renderer's one CSP (script-src 'self' blob:, no eval): the generated validators and the
// CSP-safe manifest checks give the same answers as in Node, and plugin modules load from Blob URLs.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { serveBundlePage, type BundlePage } from "../support/bundle-page";
import type { Browser, Page } from "playwright-core";
import { validateManifestWith } from "../../contracts/manifest/validate-manifest-core";
import { rendererContentSecurityPolicy } from "../../contracts/security/renderer-csp";
import { launchChromium } from "./chromium";

const RENDERER_CSP = rendererContentSecurityPolicy();
const fixtures = path.join(__dirname, "..", "..", "contracts", "fixtures", "manifests");
const manifests = ["valid", "invalid"].flatMap((dir) =>
  readdirSync(path.join(fixtures, dir)).map((name) => ({
    name: `${dir}/${name}`,
    manifest: JSON.parse(readFileSync(path.join(fixtures, dir, name), "utf8")),
  })),
);

/** What renderer-csp-entry.ts puts on the page. */
interface TojuProbe {
  toju: {
    validateManifestWith: typeof validateManifestWith;
    validateTojuPluginManifest: (value: unknown) => boolean;
    validateClientEnvelope: (value: unknown) => boolean;
    importBlobModule: (source: string) => Promise<{ activate(context: unknown): unknown }>;
    codeGeneration: string;
  };
}

let server: BundlePage;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveBundlePage(path.join(__dirname, "renderer-csp-entry.ts"), { csp: RENDERER_CSP });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => message.type() === "error" && pageErrors.push(message.text()));
  await page.goto(server.url);
  await page.waitForFunction(() => "toju" in window);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("enforces the CSP: the page's own code cannot compile strings", async () => {
  expect(await page.evaluate(() => (window as unknown as TojuProbe).toju.codeGeneration)).toBe("EvalError");
});

it("runs the manifest checks in the browser with the same result as Node, for every fixture", async () => {
  const inBrowser = await page.evaluate(
    (list) => list.map(({ name, manifest }) => ({ name, result: (window as unknown as TojuProbe).toju.validateManifestWith(manifest) })),
    manifests,
  );
  expect(inBrowser).toEqual(manifests.map(({ name, manifest }) => ({ name, result: validateManifestWith(manifest) })));
  expect(inBrowser.filter((r) => r.result.valid).length).toBeGreaterThanOrEqual(5);
});

it("validates websocket envelopes with the generated validator", async () => {
  const verdicts = await page.evaluate(() => {
    const { validateClientEnvelope } = (window as unknown as TojuProbe).toju;
    return [
      validateClientEnvelope({ type: "identify", token: "0123456789abcdef0123" }),
      validateClientEnvelope({
        type: "plugin_event",
        eventId: "e1",
        serverId: "s1",
        pluginId: "dice-roller",
        eventName: "dice.rolled",
        direction: "clientToServer",
        payload: { value: 3 },
      }),
      validateClientEnvelope({
        type: "plugin_event",
        eventId: "e1",
        serverId: "s1",
        pluginId: "Dice",
        eventName: "dice.rolled",
        direction: "clientToServer",
        payload: {},
      }),
      validateClientEnvelope({ type: "teleport" }),
    ];
  });
  expect(verdicts).toEqual([true, true, false, false]);
});

it("imports a plugin module from a Blob URL and runs its hooks", async () => {
  const source = "export function activate(context) { return `${context.pluginId} activated with ${context.api.value * 2}`; }";
  const result = await page.evaluate(async (code) => {
    const module = await (window as unknown as TojuProbe).toju.importBlobModule(code);
    return module.activate({ pluginId: "dice-roller", api: { value: 21 } });
  }, source);
  expect(result).toBe("dice-roller activated with 42");
});

it("bundles no schema compiler: only ajv's small runtime helpers reach the renderer", () => {
  const ajvFiles = server.inputs.filter((file) => file.includes("node_modules/ajv/"));
  expect(ajvFiles.length).toBeGreaterThan(0);
  expect(ajvFiles.filter((file) => !file.includes("node_modules/ajv/dist/runtime/"))).toEqual([]);
});

it("raised no page error or CSP violation while doing so", () => {
  expect(pageErrors).toEqual([]);
});
