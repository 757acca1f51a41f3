// Argument rules the facade enforces before a data port runs: keys follow the data key pattern,
// values are plain JSON of at most 1 MiB (the port receives the checked copy).
import { validateDataKey } from "@toju/generated/validators/index";
import { PluginApiArgumentError } from "@toju/contracts/sdk/toju-plugin-sdk";
import { toJsonValue } from "./plugin-json-value";

/** Returns the arguments to hand to the port, or throws `PluginApiArgumentError`. */
export type ArgumentCheck = (pluginId: string, method: string, args: unknown[]) => unknown[];

const keyOnly: ArgumentCheck = (pluginId, method, args) => [requireDataKey(pluginId, method, args[0]), ...args.slice(1)];

const keyAndValue: ArgumentCheck = (pluginId, method, args) => {
  const key = requireDataKey(pluginId, method, args[0]);
  const checked = toJsonValue(args[1]);
  if (!checked.ok) throw new PluginApiArgumentError(checked.code, pluginId, method, `the value of '${key}' is refused: ${checked.message}`);
  return [key, checked.value, ...args.slice(2)];
};

export const pluginApiArgumentChecks: Partial<Record<string, Record<string, ArgumentCheck>>> = {
  storage: { get: keyOnly, set: keyAndValue, delete: keyOnly },
  serverData: { get: keyOnly, set: keyAndValue, delete: keyOnly },
  clientData: { get: keyOnly, set: keyAndValue },
};

function requireDataKey(pluginId: string, method: string, key: unknown): string {
  if (validateDataKey(key)) return key;
  const shown = typeof key === "string" ? `'${key.slice(0, 80)}'` : `a ${typeof key}`;
  throw new PluginApiArgumentError(
    "invalid_data_key",
    pluginId,
    method,
    `${shown} is not a data key (a lower-case letter, then up to 63 letters, digits, '.', '_' or '-')`,
  );
}
