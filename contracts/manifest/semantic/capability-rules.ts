// A manifest that declares UI, events, data or a plugin user must also ask for the capability that allows it.
import { pointer, type ManifestIssue } from "../manifest-issue";
import { asArray, asObject, asString, capabilitiesOf, UI_CONTRIBUTION_LISTS, type SemanticCheck } from "./manifest-view";

const EVENT_CAPABILITY: Record<string, string> = {
  clientToServer: "events.server.publish",
  serverRelay: "events.server.subscribe",
  p2pHint: "events.p2p.publish",
};

const DATA_CAPABILITY: Record<string, string> = {
  local: "storage.local",
  serverData: "storage.serverData",
};

export const checkCapabilityRequirements: SemanticCheck = (manifest) => {
  const granted = capabilitiesOf(manifest);
  const issues: ManifestIssue[] = [];
  const need = (capability: string | undefined, path: string, what: string): void => {
    if (capability && !granted.has(capability)) {
      issues.push({ code: "missing_capability", path, message: `${what} needs the '${capability}' capability in capabilities[]` });
    }
  };
  const ui = asObject(manifest.ui) ?? {};
  for (const [list, capability] of UI_CONTRIBUTION_LISTS) {
    if (asArray(ui[list]).length > 0) need(capability, pointer("ui", list), `ui.${list}`);
  }
  asArray(manifest.events).forEach((event, i) => {
    const direction = asString(asObject(event)?.direction);
    need(direction && EVENT_CAPABILITY[direction], pointer("events", i, "direction"), `a '${direction}' event`);
  });
  asArray(manifest.data).forEach((entry, i) => {
    const storage = asString(asObject(entry)?.storage);
    need(storage && DATA_CAPABILITY[storage], pointer("data", i, "storage"), `'${storage}' data`);
  });
  if (manifest.pluginUser !== undefined) need("messages.sendAsPluginUser", "/pluginUser", "a pluginUser");
  return issues;
};
