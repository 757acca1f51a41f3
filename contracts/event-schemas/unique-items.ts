// `uniqueItems` in linear time for embedded schemas. Ajv's own keyword compares every pair of non-scalar items, and
// with `allErrors` it runs even on an array that already failed `maxItems`: 15,000 small arrays blocked the event loop
// for seconds. Here each item is keyed by its value (scalars) or its canonical JSON text (object keys sorted), and one
// validation may compare at most a fixed number of items and build a fixed amount of text, so neither many arrays nor
// nested `uniqueItems` can multiply the work.
import type Ajv from "ajv";
import type { AnySchemaObject, ErrorObject, ValidateFunction } from "ajv";

/** Items one validation may check for duplicates, over every `uniqueItems` array of the value. */
export const UNIQUE_ITEMS_BUDGET = 20_000;
/** Characters of canonical JSON text one validation may build for those checks (2 Mi). */
const CANONICAL_TEXT_BUDGET = 2 * 1024 * 1024;

const budget = { items: 0, text: 0 };
/** Thrown (not an Error: no stack to capture) when the text budget runs out mid-item. */
const overBudget = Object.freeze({ overBudget: true });

/** Replaces ajv's `uniqueItems` with the linear-time check below (same meaning, same error shape). */
export function useLinearUniqueItems(ajv: Ajv): void {
  ajv.removeKeyword("uniqueItems");
  ajv.addKeyword({ keyword: "uniqueItems", type: "array", schemaType: "boolean", errors: true, validate: checkUniqueItems });
}

/** The validator with a fresh budget for each value it checks; call this one, never the inner function. */
export function withUniqueItemsBudget(validate: ValidateFunction): ValidateFunction {
  const checked = ((data: unknown) => {
    budget.items = 0;
    budget.text = 0;
    const valid = validate(data);
    checked.errors = validate.errors;
    return valid;
  }) as ValidateFunction;
  return Object.assign(checked, { schema: validate.schema, schemaEnv: validate.schemaEnv });
}

/** True when JSON.stringify already writes the value canonically: an array of scalars only. */
function scalarArray(value: object): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] === "object" && value[i] !== null) return false;
  return true;
}

function canonical(value: object): string {
  if (budget.text > CANONICAL_TEXT_BUDGET) throw overBudget;
  let text: string;
  if (scalarArray(value)) text = JSON.stringify(value);
  else if (Array.isArray(value)) {
    text = "[";
    for (let i = 0; i < value.length; i++) text += `${i > 0 ? "," : ""}${keyText(value[i])}`;
    text += "]";
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    text = "{";
    for (let i = 0; i < keys.length; i++) text += `${i > 0 ? "," : ""}${JSON.stringify(keys[i])}:${keyText(record[keys[i]])}`;
    text += "}";
  }
  budget.text += text.length;
  return text;
}

const keyText = (value: unknown): string => (typeof value === "object" && value !== null ? canonical(value) : JSON.stringify(value));

type UniqueItemsValidator = ((schema: boolean, data: unknown[], parentSchema?: AnySchemaObject) => boolean) & {
  errors?: Partial<ErrorObject>[];
};

const checkUniqueItems: UniqueItemsValidator = (schema, data, parentSchema) => {
  checkUniqueItems.errors = undefined;
  // An array over its `maxItems` is already invalid (and reported); comparing its items would only cost time.
  if (!schema || data.length < 2 || (typeof parentSchema?.maxItems === "number" && data.length > parentSchema.maxItems)) return true;
  budget.items += data.length;
  const refuse = (message: string, params: Record<string, number>) => {
    checkUniqueItems.errors = [{ keyword: "uniqueItems", message, params }];
    return false;
  };
  if (budget.items > UNIQUE_ITEMS_BUDGET)
    return refuse(`has too many items to check for duplicates (at most ${UNIQUE_ITEMS_BUDGET} in one value)`, {});
  const tooLarge = () => refuse("is too large to check for duplicate items", {});
  if (budget.text > CANONICAL_TEXT_BUDGET) return tooLarge();
  // Scalars are their own keys (1 and "1" stay apart); arrays and objects are keyed by canonical text.
  const scalars = new Map<unknown, number>();
  const composites = new Map<string, number>();
  try {
    for (let i = 0; i < data.length; i++) {
      const item = data[i];
      const composite = typeof item === "object" && item !== null;
      const key = composite ? canonical(item) : item;
      const seen = composite ? composites : scalars;
      const j = seen.get(key);
      if (j !== undefined) return refuse(`must NOT have duplicate items (items ## ${j} and ${i} are identical)`, { i, j });
      seen.set(key, i);
    }
  } catch (error) {
    if (error !== overBudget) throw error;
    return tooLarge();
  }
  return true;
};
