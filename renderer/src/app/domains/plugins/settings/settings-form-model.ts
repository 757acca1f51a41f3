// The host-drawn settings form of a plugin, read from its manifest's top-level `settings` JSON Schema: one field per
// property the host can draw (string, number, integer, boolean, enum), with defaults and descriptions; the desktop's
// validation details are mapped back onto those fields.
import type { ErrorDetail } from "@toju/generated/types/contract";

export type SettingsFieldKind = "string" | "number" | "integer" | "boolean" | "enum";

export interface SettingsField {
  key: string;
  label: string;
  description?: string;
  kind: SettingsFieldKind;
  required: boolean;
  /** The schema's `default`, shown until the user saves a value of their own. */
  defaultValue?: unknown;
  /** The allowed values of an `enum` field, in schema order. */
  options?: readonly unknown[];
  minimum?: number;
  maximum?: number;
}

export interface SettingsForm {
  fields: SettingsField[];
  /** Properties the host cannot draw (objects, arrays, unions): the plugin edits those itself. */
  unsupported: string[];
}

export type SettingsValues = Record<string, unknown>;

/** Reads the schema defensively: the manifest validated, but property schemas are any JSON. */
export function settingsForm(schema: unknown): SettingsForm {
  const form: SettingsForm = { fields: [], unsupported: [] };
  if (!isRecord(schema) || !isRecord(schema.properties)) return form;
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((key) => typeof key === "string") : []);
  for (const [key, property] of Object.entries(schema.properties)) {
    const kind = isRecord(property) ? fieldKind(property) : undefined;
    if (!kind || !isRecord(property)) {
      form.unsupported.push(key);
      continue;
    }
    const field: SettingsField = { key, label: text(property.title) ?? key, kind, required: required.has(key) };
    const description = text(property.description);
    if (description) field.description = description;
    if ("default" in property) field.defaultValue = property.default;
    if (kind === "enum") field.options = property.enum as unknown[];
    if (typeof property.minimum === "number") field.minimum = property.minimum;
    if (typeof property.maximum === "number") field.maximum = property.maximum;
    form.fields.push(field);
  }
  return form;
}

/** What the form shows: each saved value, else the schema's default. */
export function shownValues(form: SettingsForm, saved: SettingsValues): SettingsValues {
  const shown: SettingsValues = {};
  for (const field of form.fields) {
    const value = Object.hasOwn(saved, field.key) ? saved[field.key] : field.defaultValue;
    if (value !== undefined) shown[field.key] = value;
  }
  return shown;
}

/**
 * A value typed into a field, as the schema's type: numbers are parsed, an empty number field means "not set". Ranges,
 * whole numbers and patterns are left to the desktop, which validates against the schema and answers per field.
 */
export function parseFieldInput(
  field: SettingsField,
  input: string | boolean,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (field.kind === "boolean") return { ok: true, value: input === true };
  const raw = String(input);
  if (field.kind === "enum") {
    const index = Number(raw);
    return Number.isInteger(index) && field.options && index >= 0 && index < field.options.length
      ? { ok: true, value: field.options[index] }
      : { ok: false, message: "choose one of the offered values" };
  }
  if (field.kind === "string") return { ok: true, value: raw };
  if (raw.trim() === "") return { ok: true, value: undefined };
  const value = Number(raw);
  if (!Number.isFinite(value)) return { ok: false, message: "must be a number" };
  return { ok: true, value };
}

/** The whole values object to save: the saved values the form does not draw stay, unset fields are left out. */
export function valuesToSave(form: SettingsForm, saved: SettingsValues, edited: SettingsValues): SettingsValues {
  const values: SettingsValues = { ...saved };
  for (const field of form.fields) {
    if (edited[field.key] === undefined) delete values[field.key];
    else values[field.key] = edited[field.key];
  }
  return values;
}

/** The keys whose values differ between two saved objects. */
export function changedKeys(before: SettingsValues, after: SettingsValues): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

/**
 * The desktop's details (`/fontSize`, or `/` for the whole object) placed on the field they name; what names no field
 * is kept for the form as a whole.
 */
export function fieldErrors(form: SettingsForm, details: readonly ErrorDetail[]): { byField: Record<string, string[]>; general: string[] } {
  const keys = new Set(form.fields.map((field) => field.key));
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const detail of details) {
    const key = firstSegment(detail.path);
    if (key !== undefined && keys.has(key)) (byField[key] ??= []).push(detail.message);
    else general.push(detail.path && detail.path !== "/" ? `${detail.path}: ${detail.message}` : detail.message);
  }
  return { byField, general };
}

/** How a value is written into an input: an enum by its index among the options. */
export function inputValue(field: SettingsField, value: unknown): string {
  if (field.kind === "enum") {
    const index = field.options?.findIndex((option) => JSON.stringify(option) === JSON.stringify(value)) ?? -1;
    return index < 0 ? "" : String(index);
  }
  return value === undefined || value === null ? "" : String(value);
}

export function optionLabel(option: unknown): string {
  return typeof option === "string" ? option : JSON.stringify(option);
}

function fieldKind(property: Record<string, unknown>): SettingsFieldKind | undefined {
  if (Array.isArray(property.enum) && property.enum.length > 0) return "enum";
  const type = property.type;
  return type === "string" || type === "number" || type === "integer" || type === "boolean" ? type : undefined;
}

function firstSegment(pointer: string): string | undefined {
  const segment = pointer.split("/")[1];
  return segment === undefined || segment === "" ? undefined : segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
