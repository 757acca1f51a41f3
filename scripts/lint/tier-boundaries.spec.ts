// The tier boundary holds: eslint (the same config `npm run lint` uses) refuses any import from one tier into another,
// and from contracts/ into a tier, while generated/ and contracts/ stay importable from every tier.
import { spawnSync } from "node:child_process";
import path from "node:path";

const repoRoot = path.resolve(__dirname, "..", "..");
const eslintBin = path.join(repoRoot, "node_modules", "eslint", "bin", "eslint.js");

/** Lints `source` as if it were the file at `file` (relative to the repository) and returns the rule ids it breaks. */
function lintAs(file: string, source: string): string[] {
  const run = spawnSync(process.execPath, [eslintBin, "--format", "json", "--stdin", "--stdin-filename", file], {
    cwd: repoRoot,
    input: source,
    encoding: "utf8",
  });
  const [report] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return report.messages.map((m) => m.ruleId ?? m.message);
}

describe("the tier boundary rule", () => {
  it.each([
    ["renderer", "renderer/src/app/probe.ts", 'import { createDesktopHandlers } from "../../../electron/ipc/desktop-handlers";'],
    ["renderer", "renderer/src/app/probe.ts", 'import { startSignalingServer } from "../../../server/src/signaling-server";'],
    ["server", "server/src/probe.ts", 'import { PluginHost } from "../../renderer/src/app/domains/plugins/host/plugin-host";'],
    ["server", "server/src/probe.ts", 'import { createDesktopHandlers } from "../../electron/ipc/desktop-handlers";'],
    ["electron", "electron/probe.ts", 'import { openDatabase } from "../server/src/db/database";'],
    ["electron", "electron/probe.ts", 'import { renderShellPage } from "../scripts/start/shell-page";'],
    ["contracts", "contracts/probe.ts", 'import { createDesktopHandlers } from "../electron/ipc/desktop-handlers";'],
  ])("refuses an import from %s into another tier (%s)", (_tier, file, source) => {
    expect(lintAs(file, `${source}\nvoid 0;\n`)).toContain("import-x/no-restricted-paths");
  });

  it.each([
    [
      "renderer/src/app/probe.ts",
      'import { SerialQueue } from "@toju/contracts/async/serial-queue";\nexport const q = new SerialQueue();\n',
    ],
    ["server/src/probe.ts", 'import { validatePluginId } from "@toju/generated/validators/index";\nexport const v = validatePluginId;\n'],
    ["electron/probe.ts", 'import { isPathInside } from "@toju/contracts/paths/is-path-inside";\nexport const f = isPathInside;\n'],
  ])("allows %s to import generated/ and contracts/", (file, source) => {
    expect(lintAs(file, source)).toEqual([]);
  });
});
