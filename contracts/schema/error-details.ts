// One way to turn ajv errors into `{path, message}` details for people, shared by every tier that reports them.
import type { ErrorObject } from "ajv";
import type { ErrorDetail } from "../../generated/types/contract";
import { patternDescriptions } from "../../generated/validators/format-descriptions";

const MAX_TEXT = 1024;

/** Points at the offending value (for a missing or unknown property, at that property) and says what was expected. */
export function describeAjvError(error: ErrorObject): ErrorDetail {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required") {
    const name = String(params.missingProperty);
    return { path: `${error.instancePath}/${escapePointer(name)}`, message: `'${name}' is required` };
  }
  if (error.keyword === "additionalProperties") {
    const name = String(params.additionalProperty);
    return { path: `${error.instancePath}/${escapePointer(name)}`, message: `unknown property '${name}'` };
  }
  if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    return { path: error.instancePath, message: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` };
  }
  if (error.keyword === "const") return { path: error.instancePath, message: `must be ${JSON.stringify(params.allowedValue)}` };
  if (error.keyword === "pattern") {
    const meaning = patternDescriptions.get(String(params.pattern));
    if (meaning) return { path: error.instancePath, message: `must be ${lowerFirst(meaning.replace(/\.$/, ""))}` };
  }
  return { path: error.instancePath, message: error.message ?? error.keyword };
}

/** At most `limit` details, each path prefixed (`/body`, `/payload`) and every text cut to the contract's 1024 characters. */
export function ajvErrorDetails(
  errors: readonly ErrorObject[] | null | undefined,
  options: { limit: number; prefix?: string },
): ErrorDetail[] {
  const prefix = options.prefix ?? "";
  return (errors ?? []).slice(0, options.limit).map((error) => {
    const detail = describeAjvError(error);
    return { path: `${prefix}${detail.path}`.slice(0, MAX_TEXT), message: detail.message.slice(0, MAX_TEXT) };
  });
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function lowerFirst(text: string): string {
  return /^[A-Z](?![A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
