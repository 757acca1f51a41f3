// On the first `npm start` (an empty plugins folder), the example plugins are copied in so there is something to try.
import { cp, mkdir, readdir } from "node:fs/promises";
import path from "node:path";

const EXAMPLES_DIR = path.resolve(__dirname, "..", "..", "examples");
/** What an example folder holds that a plugin folder does not need: the repository's own tests and type-check set-up. */
const NOT_PLUGIN_FILES = /(\.spec\.ts|tsconfig\.json|node_modules)$/;

/** Copies every example into `pluginsPath` when it has no plugin yet; returns the names copied. */
export async function offerExamplePlugins(pluginsPath: string, examplesDir = EXAMPLES_DIR): Promise<string[]> {
  await mkdir(pluginsPath, { recursive: true });
  if ((await readdir(pluginsPath)).some((name) => !name.startsWith("."))) return [];
  const examples = (await readdir(examplesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const name of examples.sort()) {
    await cp(path.join(examplesDir, name), path.join(pluginsPath, name), {
      recursive: true,
      filter: (source) => !NOT_PLUGIN_FILES.test(source),
    });
  }
  return examples;
}
