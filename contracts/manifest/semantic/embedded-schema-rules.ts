// Schemas a manifest embeds (event payloads, data values, settings) must be small, self-contained and compile.
import { checkEmbeddedSchemaShape, type EmbeddedSchemaCompiler } from "../../event-schemas/embedded-schema";
import { pointer, type ManifestIssue } from "../manifest-issue";
import { asArray, asObject, type Raw } from "./manifest-view";

export function embeddedSchemaLocations(manifest: Raw): { path: string; schema: Raw }[] {
  const found: { path: string; schema: Raw }[] = [];
  asArray(manifest.events).forEach((event, i) => {
    const schema = asObject(asObject(event)?.schema);
    if (schema) found.push({ path: pointer("events", i, "schema"), schema });
  });
  asArray(manifest.data).forEach((entry, i) => {
    const schema = asObject(asObject(entry)?.schema);
    if (schema) found.push({ path: pointer("data", i, "schema"), schema });
  });
  const settings = asObject(manifest.settings);
  if (settings) found.push({ path: "/settings", schema: settings });
  return found;
}

/** `compiler` is absent where code generation is not allowed (the renderer's CSP); the server stays the authority there. */
export function checkEmbeddedSchemas(manifest: Raw, compiler?: EmbeddedSchemaCompiler): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  for (const { path, schema } of embeddedSchemaLocations(manifest)) {
    const problems = checkEmbeddedSchemaShape(schema);
    const all = problems.length === 0 && compiler ? compiler(schema) : problems;
    for (const problem of all) issues.push({ code: problem.code, path: `${path}${problem.path}`, message: problem.message });
  }
  return issues;
}
