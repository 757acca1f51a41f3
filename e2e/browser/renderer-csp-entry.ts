// Bundled for the browser test: what the renderer will run under its CSP (generated validators, CSP-safe manifest checks, Blob-URL module import).
import { validateManifestWith } from "../../contracts/manifest/validate-manifest";
import { validateClientEnvelope, validateTojuPluginManifest } from "../../generated/validators";

async function importBlobModule(source: string): Promise<Record<string, unknown>> {
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  try {
    return await import(/* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** What this page's own code gets when it tries to compile a string (the CSP must refuse it). */
function codeGenerationProbe(): string {
  try {
    return String(new Function("return 'evaluated'")());
  } catch (error) {
    return (error as Error).name;
  }
}

(window as unknown as { toju: unknown }).toju = { validateManifestWith, validateTojuPluginManifest, validateClientEnvelope, importBlobModule, codeGeneration: codeGenerationProbe() };
