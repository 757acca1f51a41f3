// The settings form model: fields from the manifest's `settings` schema, what they show, how input is read, what is
// saved, and the desktop's refusal placed on the fields it names.
import {
  changedKeys,
  fieldErrors,
  inputValue,
  optionLabel,
  parseFieldInput,
  settingsForm,
  shownValues,
  valuesToSave,
} from "./settings-form-model";

const schema = {
  type: "object",
  required: ["sides"],
  properties: {
    sides: { type: "integer", title: "Sides", description: "How many sides a die has.", default: 6, minimum: 2, maximum: 100 },
    color: { type: "string", title: "Colour" },
    theme: { enum: ["light", "dark", 3] },
    sound: { type: "boolean", default: true },
    ratio: { type: "number" },
    presets: { type: "array", items: { type: "string" } },
    "a/b": { type: "string" },
  },
};

describe("settingsForm", () => {
  it("draws a field per string, number, integer, boolean and enum property, and lists the others", () => {
    const form = settingsForm(schema);
    expect(form.fields.map((field) => [field.key, field.kind, field.label])).toEqual([
      ["sides", "integer", "Sides"],
      ["color", "string", "Colour"],
      ["theme", "enum", "theme"],
      ["sound", "boolean", "sound"],
      ["ratio", "number", "ratio"],
      ["a/b", "string", "a/b"],
    ]);
    expect(form.fields[0]).toEqual({
      key: "sides",
      label: "Sides",
      description: "How many sides a die has.",
      kind: "integer",
      required: true,
      defaultValue: 6,
      minimum: 2,
      maximum: 100,
    });
    expect(form.fields[2].options).toEqual(["light", "dark", 3]);
    expect(form.unsupported).toEqual(["presets"]);
  });

  it("draws nothing for a schema without properties, or for something that is no schema", () => {
    for (const value of [undefined, null, "text", { type: "object" }, { properties: [] }])
      expect(settingsForm(value)).toEqual({ fields: [], unsupported: [] });
  });
});

describe("the form's values", () => {
  const form = settingsForm(schema);
  const field = (key: string) => form.fields.find((candidate) => candidate.key === key)!;

  it("shows each saved value, else the default", () => {
    expect(shownValues(form, { color: "red", sides: 12 })).toEqual({ sides: 12, color: "red", sound: true });
  });

  it("reads input as the schema's type; an empty number field is unset and ranges are left to the desktop", () => {
    expect(parseFieldInput(field("sides"), "1000")).toEqual({ ok: true, value: 1000 });
    expect(parseFieldInput(field("sides"), "2.5")).toEqual({ ok: true, value: 2.5 });
    expect(parseFieldInput(field("ratio"), " ")).toEqual({ ok: true, value: undefined });
    expect(parseFieldInput(field("ratio"), "lots")).toEqual({ ok: false, message: "must be a number" });
    expect(parseFieldInput(field("color"), "")).toEqual({ ok: true, value: "" });
    expect(parseFieldInput(field("sound"), false)).toEqual({ ok: true, value: false });
    expect(parseFieldInput(field("theme"), "2")).toEqual({ ok: true, value: 3 });
    expect(parseFieldInput(field("theme"), "7")).toEqual({ ok: false, message: "choose one of the offered values" });
  });

  it("writes enum values into a select by their index, and labels them", () => {
    expect(inputValue(field("theme"), "dark")).toBe("1");
    expect(inputValue(field("theme"), "neon")).toBe("");
    expect(inputValue(field("sides"), 6)).toBe("6");
    expect([optionLabel("dark"), optionLabel(3)]).toEqual(["dark", "3"]);
  });

  it("saves the whole object: values the form does not draw stay, unset fields go", () => {
    expect(valuesToSave(form, { presets: ["a"], ratio: 0.5 }, { sides: 8, ratio: undefined })).toEqual({ presets: ["a"], sides: 8 });
    expect(changedKeys({ a: 1, b: [1] }, { b: [1], c: 2 })).toEqual(["a", "c"]);
  });

  it("places the desktop's details on the fields they name, and the rest on the form", () => {
    expect(
      fieldErrors(form, [
        { path: "/sides", message: "must be <= 100" },
        { path: "/a~1b", message: "must be short" },
        { path: "", message: "must have required property 'sides'" },
        { path: "/presets/0", message: "must be string" },
      ]),
    ).toEqual({
      byField: { sides: ["must be <= 100"], "a/b": ["must be short"] },
      general: ["must have required property 'sides'", "/presets/0: must be string"],
    });
  });
});
