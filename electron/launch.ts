// `npm run desktop`: bundles main.ts and preload.ts with esbuild and starts Electron, or explains what to do
// where the Electron binary is absent (its download is disabled on machines without GitHub access).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build, type BuildOptions } from "esbuild";

const repoRoot = path.resolve(__dirname, "..");
const outDir = path.join(repoRoot, "node_modules", ".cache", "toju-desktop");

function electronBinary(): string | null {
  try {
    // The electron package's entry point is the path of its binary; it throws when the binary was never downloaded.
    const binary = createRequire(__filename)("electron") as unknown;
    return typeof binary === "string" && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const binary = electronBinary();
  if (!binary) {
    process.stderr.write(
      [
        "The Electron 40.8.5 binary is not installed, so the desktop app cannot start here.",
        "This checkout installs electron with its download disabled (package.json allowScripts, ELECTRON_SKIP_BINARY_DOWNLOAD=1).",
        "To run the desktop app, either:",
        "  - on a machine that can reach GitHub: ELECTRON_SKIP_BINARY_DOWNLOAD= node node_modules/electron/install.js && npm run desktop",
        "  - or unpack an Electron 40.8.5 build somewhere and run: ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-dist npm run desktop",
        "Without Electron, use the browser shell: npm start (the same IPC handlers over the loopback bridge).",
        "",
      ].join("\n"),
    );
    return 1;
  }
  const common: BuildOptions = {
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    sourcemap: true,
    external: ["electron"],
    logLevel: "warning",
  };
  await build({ ...common, entryPoints: [path.join(__dirname, "main.ts")], outfile: path.join(outDir, "main.js") });
  await build({ ...common, entryPoints: [path.join(__dirname, "preload.ts")], outfile: path.join(outDir, "preload.js") });
  const child = spawn(binary, [path.join(outDir, "main.js"), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TOJU_RENDERER_DIR: process.env.TOJU_RENDERER_DIR ?? path.join(repoRoot, "renderer", "dist", "browser") },
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`toju-desktop: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
