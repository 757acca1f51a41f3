// Kind-specific shape (module or stylesheets) and relationships that never name the plugin itself.
import { pointer, type ManifestIssue } from "../manifest-issue";
import { asArray, asObject, asString, RELATIONSHIP_KINDS, type SemanticCheck } from "./manifest-view";

export const checkKind: SemanticCheck = (manifest) => {
  const kind = asString(manifest.kind);
  const hasModule = manifest.entrypoint !== undefined || manifest.bundle !== undefined;
  if ((kind === "client" || kind === "library") && !hasModule) {
    return [{ code: "module_required", path: "/kind", message: `a '${kind}' plugin needs 'entrypoint' or 'bundle'` }];
  }
  if (kind !== "theme") return [];
  const issues: ManifestIssue[] = [];
  for (const field of ["entrypoint", "bundle"] as const) {
    if (manifest[field] !== undefined)
      issues.push({ code: "theme_has_module", path: pointer(field), message: `a 'theme' has no module, so no '${field}'` });
  }
  if (asArray(asObject(manifest.ui)?.stylesheets).length === 0) {
    issues.push({
      code: "theme_needs_stylesheet",
      path: "/ui/stylesheets",
      message: "a 'theme' lists at least one stylesheet in ui.stylesheets",
    });
  }
  return issues;
};

export const checkRelationships: SemanticCheck = (manifest) => {
  const id = asString(manifest.id);
  const relationships = asObject(manifest.relationships) ?? {};
  const issues: ManifestIssue[] = [];
  for (const kind of RELATIONSHIP_KINDS) {
    asArray(relationships[kind]).forEach((entry, i) => {
      if (id !== undefined && asString(asObject(entry)?.pluginId) === id) {
        issues.push({
          code: "self_relationship",
          path: pointer("relationships", kind, i, "pluginId"),
          message: `a plugin cannot name itself in relationships.${kind}`,
        });
      }
    });
  }
  return issues;
};
