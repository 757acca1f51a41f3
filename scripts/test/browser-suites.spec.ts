// Every suite that starts Chromium is one of the browser suites `npm test` runs one at a time, and no other is.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { BROWSER_SUITES } from "./browser-suites";

const ROOT = path.join(__dirname, "..", "..");

function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "fixtures" ? [] : specFiles(full);
    return entry.name.endsWith(".spec.ts") ? [full] : [];
  });
}

const launchesChromium = (file: string) => /\b(launchChromium|startTestStack)\(/.test(readFileSync(file, "utf8"));

it("matches exactly the suites that launch Chromium", () => {
  const suites = ["e2e", "examples", "renderer", "server", "scripts", "contracts", "electron", "bench"].flatMap((dir) =>
    specFiles(path.join(ROOT, dir)),
  );
  const pattern = new RegExp(BROWSER_SUITES);
  const launching = suites.filter(launchesChromium).map((file) => path.relative(ROOT, file));
  const matched = suites.filter((file) => pattern.test(file.split(path.sep).join("/"))).map((file) => path.relative(ROOT, file));
  expect(launching.length).toBeGreaterThanOrEqual(10);
  expect(matched.sort()).toEqual(launching.sort());
});
