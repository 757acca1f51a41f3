// Checks a plugin's registration object once, at registration: id, title and the callbacks its kind needs.
import { validateDataKey } from "@toju/generated/validators/index";
import { callbacksOf, type UiContributionKind, uiContributionKinds } from "./ui-contribution-kinds";
import { PluginUiRegistryError } from "@toju/contracts/sdk/toju-plugin-sdk";

const MAX_TITLE_LENGTH = 128;

export function requireKind(kind: unknown): UiContributionKind {
  if (!(uiContributionKinds as readonly unknown[]).includes(kind))
    throw new PluginUiRegistryError("unknown_kind", `'${String(kind).slice(0, 40)}' is not a kind of UI contribution`);
  return kind as UiContributionKind;
}

/** The id and title as they were at registration; later changes to the plugin's object do not move the entry. */
export function readRegistration(kind: UiContributionKind, registration: unknown): { id: string; title: string } {
  if (typeof registration !== "object" || registration === null)
    throw new PluginUiRegistryError("invalid_contribution", `a ${kind} registration must be an object`);
  const { id, title } = registration as { id?: unknown; title?: unknown };
  if (!validateDataKey(id))
    throw new PluginUiRegistryError(
      "invalid_contribution",
      `'${String(id).slice(0, 80)}' is not a contribution id (a lower-case letter, then up to 63 letters, digits, '.', '_' or '-')`,
    );
  if (typeof title !== "string" || title.length < 1 || title.length > MAX_TITLE_LENGTH)
    throw new PluginUiRegistryError("invalid_contribution", `${kind} '${id}' needs a title of 1 to ${MAX_TITLE_LENGTH} characters`);
  for (const callback of callbacksOf[kind]) {
    if (typeof (registration as Record<string, unknown>)[callback] !== "function")
      throw new PluginUiRegistryError("invalid_contribution", `${kind} '${id}' needs a ${callback} function`);
  }
  return { id, title };
}
