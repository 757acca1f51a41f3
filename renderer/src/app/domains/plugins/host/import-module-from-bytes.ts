// Browser only: imports module bytes through a Blob URL, the one module source besides 'self' the renderer's CSP allows.

/**
 * Must be compiled as an ES module (the Angular build is), so `import()` stays a real dynamic import.
 * Not unit-tested: jsdom and Node cannot import Blob URLs; the browser e2e tests cover it.
 */
export async function importModuleFromBytes(bytes: ArrayBuffer | Uint8Array): Promise<unknown> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "text/javascript" }));
  try {
    return await import(/* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
}
