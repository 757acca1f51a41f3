// Names that identify something within a plugin appear once: capabilities, event names, data keys, UI ids.
import { pointer, type ManifestIssue, type ManifestIssueCode } from "../manifest-issue";
import { asArray, asObject, asString, UI_CONTRIBUTION_LISTS, type SemanticCheck } from "./manifest-view";

export const checkUniqueness: SemanticCheck = (manifest) => {
  const issues: ManifestIssue[] = [];
  const track = (code: ManifestIssueCode, what: string) => {
    const firstSeen = new Map<string, string>();
    return (name: string | undefined, path: () => string): void => {
      if (name === undefined) return;
      const first = firstSeen.get(name);
      if (first === undefined) firstSeen.set(name, path());
      else issues.push({ code, path: path(), message: `${what} '${name}' already appears at ${first}` });
    };
  };
  const capability = track("duplicate_capability", "capability");
  asArray(manifest.capabilities).forEach((c, i) => capability(asString(c), () => pointer("capabilities", i)));
  const event = track("duplicate_event", "event");
  asArray(manifest.events).forEach((e, i) => event(asString(asObject(e)?.eventName), () => pointer("events", i, "eventName")));
  const dataKey = track("duplicate_data_key", "data key");
  asArray(manifest.data).forEach((d, i) => dataKey(asString(asObject(d)?.key), () => pointer("data", i, "key")));
  const uiId = track("duplicate_ui_id", "UI contribution id");
  const ui = asObject(manifest.ui) ?? {};
  for (const [list] of UI_CONTRIBUTION_LISTS) {
    asArray(ui[list]).forEach((c, i) => uiId(asString(asObject(c)?.id), () => pointer("ui", list, i, "id")));
  }
  return issues;
};
