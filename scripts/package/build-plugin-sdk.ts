// `npm run pack:sdk`: builds packages/plugin-sdk from contracts/ and generated/ (never a copy of their sources) and packs
// it: the SDK runtime (errors, the capability table) as ESM and CommonJS, its declarations, the published manifest
// schema, and the `toju-plugin` CLI bundled with its dependencies, so the tarball installs offline.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const repoRoot = path.resolve(__dirname, "..", "..");
export const SDK_PACKAGE_DIR = path.join(repoRoot, "packages", "plugin-sdk");
const dist = path.join(SDK_PACKAGE_DIR, "dist");

export async function buildPluginSdk(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const sdkEntry = path.join(repoRoot, "contracts", "sdk", "toju-plugin-sdk.ts");
  const shared = {
    bundle: true,
    platform: "neutral" as const,
    target: "es2022",
    logLevel: "warning" as const,
    legalComments: "none" as const,
  };
  await build({ ...shared, entryPoints: [sdkEntry], format: "esm", outfile: path.join(dist, "index.mjs") });
  await build({ ...shared, entryPoints: [sdkEntry], format: "cjs", outfile: path.join(dist, "index.cjs") });
  await build({
    entryPoints: [path.join(repoRoot, "contracts", "cli", "toju-plugin.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: path.join(dist, "toju-plugin.cjs"),
    banner: { js: "#!/usr/bin/env node" },
    // The linear-time regular-expression engine is a native addon: used when the author's machine has it.
    external: ["re2"],
    logLevel: "warning",
    legalComments: "none",
  });
  const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");
  execFileSync(
    process.execPath,
    [
      tsc,
      sdkEntry,
      "--declaration",
      "--emitDeclarationOnly",
      "--outDir",
      path.join(dist, "types"),
      "--rootDir",
      repoRoot,
      "--skipLibCheck",
      "--target",
      "ES2022",
      "--module",
      "ES2022",
      "--moduleResolution",
      "bundler",
      "--strict",
      "--lib",
      "ES2022,DOM",
    ],
    { stdio: "inherit" },
  );
  copyFileSync(
    path.join(repoRoot, "generated", "json-schema", "toju-plugin.schema.json"),
    path.join(SDK_PACKAGE_DIR, "toju-plugin.schema.json"),
  );
}

/** Builds, then writes the tarball into `destination`; returns its path. */
export async function packPluginSdk(destination: string): Promise<string> {
  await buildPluginSdk();
  mkdirSync(destination, { recursive: true });
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", destination], { cwd: SDK_PACKAGE_DIR, encoding: "utf8" });
  const [{ filename }] = JSON.parse(out) as { filename: string }[];
  return path.join(destination, filename);
}

if (require.main === module) {
  const destination = path.resolve(process.argv[2] ?? path.join(repoRoot, "packages"));
  packPluginSdk(destination).then(
    (tarball) => console.log(`packed ${path.relative(process.cwd(), tarball)}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
