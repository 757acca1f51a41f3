// Bundled for the browser test: what the renderer runs under its CSP (generated validators, CSP-safe manifest checks, the host's Blob-URL module import).
import { validateManifestWith } from "../../contracts/manifest/validate-manifest-core";
import { validateClientEnvelope, validateTojuPluginManifest } from "../../generated/validators";
import { importModuleFromBytes } from "../../renderer/src/app/domains/plugins/host/import-module-from-bytes";

const importBlobModule = (source: string) => importModuleFromBytes(new TextEncoder().encode(source));

/** What this page's own code gets when it tries to compile a string (the CSP must refuse it). */
function codeGenerationProbe(): string {
  try {
    return String(new Function("return 'evaluated'")());
  } catch (error) {
    return (error as Error).name;
  }
}

(window as unknown as { toju: unknown }).toju = {
  validateManifestWith,
  validateTojuPluginManifest,
  validateClientEnvelope,
  importBlobModule,
  codeGeneration: codeGenerationProbe(),
};
