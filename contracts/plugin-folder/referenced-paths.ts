// Every file a manifest names relative to its folder, with its JSON pointer: checked by `toju-plugin validate`,
// downloaded by the installer.
import { pointer } from "../manifest/manifest-issue";
import { asArray, asObject, UI_CONTRIBUTION_LISTS } from "../manifest/semantic/manifest-view";

/** Every path a manifest names, with its pointer: entrypoint, readme, stylesheets and UI icons. */
export function referencedPaths(manifest: unknown): { path: string; value: unknown }[] {
  const m = asObject(manifest);
  if (!m) return [];
  const found: { path: string; value: unknown }[] = [];
  for (const field of ["entrypoint", "readme"] as const) if (m[field] !== undefined) found.push({ path: pointer(field), value: m[field] });
  const ui = asObject(m.ui) ?? {};
  asArray(ui.stylesheets).forEach((value, i) => found.push({ path: pointer("ui", "stylesheets", i), value }));
  for (const [list] of UI_CONTRIBUTION_LISTS) {
    asArray(ui[list]).forEach((entry, i) => {
      const icon = asObject(entry)?.icon;
      if (icon !== undefined) found.push({ path: pointer("ui", list, i, "icon"), value: icon });
    });
  }
  return found;
}
