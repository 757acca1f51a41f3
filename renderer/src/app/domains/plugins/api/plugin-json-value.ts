// Plain-JSON copies of plugin values: refuses what JSON would silently change or drop, and bounds the size.
// The copy is what gets stored or delivered, so getters or later mutation cannot change a checked value.
export const MAX_JSON_VALUE_BYTES = 1_048_576;
const MAX_DEPTH = 128;

export type JsonValueCheck =
  | { ok: true; value: unknown; json: string; bytes: number }
  | { ok: false; code: "value_not_serializable" | "value_too_large"; message: string };

class Refusal {
  readonly message: string;

  /** Paths quote plugin keys, which may be long; the message stays readable. */
  constructor(
    readonly code: "value_not_serializable" | "value_too_large",
    message: string,
  ) {
    this.message = message.length > 300 ? `${message.slice(0, 300)}…` : message;
  }
}

export function toJsonValue(value: unknown, maxBytes = MAX_JSON_VALUE_BYTES): JsonValueCheck {
  const budget = { units: 0, maxBytes };
  try {
    const copy = copyJson(value, "$", 0, new Set(), budget);
    const json = JSON.stringify(copy);
    const bytes = new TextEncoder().encode(json).length;
    if (bytes > maxBytes)
      return { ok: false, code: "value_too_large", message: `the value is ${bytes} bytes as JSON; the limit is ${maxBytes}` };
    return { ok: true, value: copy, json, bytes };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: "value_not_serializable", message: "the value could not be read as JSON" };
  }
}

interface Budget {
  units: number;
  maxBytes: number;
}

/** A running lower bound of the JSON size (UTF-8 bytes ≥ UTF-16 units), so huge values stop before they are serialised. */
function spend(budget: Budget, units: number): void {
  budget.units += units;
  if (budget.units > budget.maxBytes) throw new Refusal("value_too_large", `the value exceeds ${budget.maxBytes} bytes as JSON`);
}

function copyJson(value: unknown, path: string, depth: number, ancestors: Set<object>, budget: Budget): unknown {
  if (value === null || typeof value === "boolean" || typeof value === "string" || typeof value === "number")
    return copyScalar(value, path, budget);
  if (typeof value !== "object") throw new Refusal("value_not_serializable", `${path} is a ${typeof value}, which JSON cannot hold`);
  if (depth >= MAX_DEPTH) throw new Refusal("value_not_serializable", `${path} is nested deeper than ${MAX_DEPTH} levels`);
  if (ancestors.has(value)) throw new Refusal("value_not_serializable", `${path} refers back to itself`);
  spend(budget, 2);
  ancestors.add(value);
  const copy = Array.isArray(value) ? copyArray(value, path, depth, ancestors, budget) : copyObject(value, path, depth, ancestors, budget);
  ancestors.delete(value);
  return copy;
}

function copyScalar(value: null | boolean | string | number, path: string, budget: Budget): unknown {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new Refusal("value_not_serializable", `${path} is ${value}, which JSON cannot hold`);
  spend(budget, typeof value === "string" ? value.length + 2 : 1);
  return value;
}

function copyArray(value: unknown[], path: string, depth: number, ancestors: Set<object>, budget: Budget): unknown[] {
  const copy: unknown[] = [];
  for (let index = 0; index < value.length; index++) copy.push(copyJson(value[index], `${path}[${index}]`, depth + 1, ancestors, budget));
  return copy;
}

function copyObject(value: object, path: string, depth: number, ancestors: Set<object>, budget: Budget): Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null)
    throw new Refusal(
      "value_not_serializable",
      `${path} is a ${prototype?.constructor?.name ?? "non-plain"} object; pass plain objects and arrays`,
    );
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    spend(budget, key.length + 3);
    const item = copyJson((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1, ancestors, budget);
    Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
