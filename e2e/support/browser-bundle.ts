// One ES-module bundle of a TypeScript entry for a page in Chromium (esbuild, in memory): what the browser suites and
// the browser benchmarks serve, with the source files it took in.
import { build } from "esbuild";

export interface BrowserBundle {
  script: Uint8Array;
  /** The source files the bundle holds, relative to the working directory. */
  inputs: string[];
}

export async function bundleForBrowser(entry: string): Promise<BrowserBundle> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return { script: bundle.outputFiles[0].contents, inputs: Object.keys(bundle.metafile.inputs) };
}
