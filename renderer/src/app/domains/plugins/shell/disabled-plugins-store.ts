// The user's Enable/Disable choice, kept in localStorage (the desktop IPC surface has no method for it yet).
export const DISABLED_PLUGINS_KEY = "toju_disabled_plugins";

export interface TextStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function readDisabledPlugins(store: TextStore): Set<string> {
  try {
    const parsed: unknown = JSON.parse(store.getItem(DISABLED_PLUGINS_KEY) ?? "[]");
    return new Set(Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : []);
  } catch {
    return new Set();
  }
}

export function writeDisabledPlugins(store: TextStore, ids: Iterable<string>): void {
  store.setItem(DISABLED_PLUGINS_KEY, JSON.stringify([...ids].sort()));
}
