// The published manifest schema serves third parties on its own: plain Ajv2020 and VS Code's JSON language service.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { getLanguageService, type JSONSchema } from "vscode-json-languageservice";
import { TextDocument } from "vscode-languageserver-textdocument";
import { validateTojuPluginManifest } from "../../generated/validators";

const repo = path.join(__dirname, "..", "..");
const bundle = JSON.parse(readFileSync(path.join(repo, "generated", "json-schema", "toju-plugin.schema.json"), "utf8"));
const fixtures = path.join(repo, "contracts", "fixtures", "manifests");
const fixtureFiles = ["valid", "invalid"].flatMap((dir) =>
  readdirSync(path.join(fixtures, dir)).map((name) => path.join(fixtures, dir, name)),
);

describe("toju-plugin.schema.json", () => {
  it("is draft 2020-12 with an absolute https $id and only local $refs", () => {
    expect(bundle.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(bundle.$id).toMatch(/^https:\/\/.+\/toju-plugin\.schema\.json$/);
    const refs = JSON.stringify(bundle).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(ref).toMatch(/^"\$ref":"#\/\$defs\/[A-Za-z]+"$/);
    expect(JSON.stringify(bundle)).not.toContain("unevaluatedProperties");
  });

  it("compiles in a plain Ajv2020 + ajv-formats with no other file and agrees with the generated validator on every fixture", () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(bundle);
    for (const file of fixtureFiles) {
      const manifest = JSON.parse(readFileSync(file, "utf8"));
      expect([path.basename(file), validate(manifest)]).toEqual([path.basename(file), validateTojuPluginManifest(manifest)]);
    }
  });
});

describe("in VS Code's JSON language service", () => {
  const service = getLanguageService({ schemaRequestService: (uri) => Promise.reject(new Error(`no network: ${uri}`)) });
  service.configure({
    validate: true,
    allowComments: false,
    schemas: [{ uri: bundle.$id, fileMatch: ["*/toju-plugin.json"], schema: bundle as JSONSchema }],
  });
  const open = (text: string) => {
    const doc = TextDocument.create("file:///plugins/dice/toju-plugin.json", "json", 1, text);
    return { doc, json: service.parseJSONDocument(doc) };
  };
  const manifestText = (extra: string) =>
    `{\n  "id": "dice-roller",\n  "title": "Dice",\n  "description": "Roll dice",\n  "version": "1.0.0",\n  "apiVersion": "1",\n  "kind": "client",\n  "schemaVersion": 1,\n  "compatibility": { "minimumTojuVersion": "1.0.0" },\n  "entrypoint": "index.js"${extra}\n}`;

  it("flags a misspelt property where it stands", async () => {
    const text = manifestText(',\n  "capabilites": ["ui.pages"]');
    const { doc, json } = open(text);
    const diagnostics = await service.doValidation(doc, json);
    const typo = diagnostics.find((d) => /capabilites/.test(d.message) || /not allowed/i.test(d.message));
    expect(typo).toBeDefined();
    expect(doc.getText(typo!.range)).toBe('"capabilites"');
  });

  it("flags a bad enum value and reports nothing on a valid manifest", async () => {
    const bad = open(manifestText(',\n  "load": { "priority": "urgent" }'));
    const diagnostics = await service.doValidation(bad.doc, bad.json);
    expect(diagnostics.some((d) => bad.doc.getText(d.range) === '"urgent"')).toBe(true);
    const good = open(manifestText(""));
    expect(await service.doValidation(good.doc, good.json)).toEqual([]);
  });

  it.each([
    ['"kind": "client"', '"kind": "', ["client", "library", "theme"]],
    ['"capabilities": [""]', '"capabilities": ["', ["ui.pages", "events.server.publish", "storage.local"]],
    ['"load": { "priority": "" }', '"load": { "priority": "', ["bootstrap", "high", "default", "low"]],
  ])("completes enum values for %s", async (insert, before, values) => {
    const text = manifestText(`,\n  ${insert}`).replace('"kind": "client",\n', insert.startsWith('"kind"') ? "" : '"kind": "client",\n');
    const { doc, json } = open(text);
    const offset = text.lastIndexOf(before) + before.length;
    const list = await service.doComplete(doc, doc.positionAt(offset), json);
    const labels = (list?.items ?? []).map((item) => item.label.replace(/"/g, ""));
    for (const value of values) expect(labels).toContain(value);
  });

  it("shows each field's documentation on hover", async () => {
    const text = manifestText("");
    const { doc, json } = open(text);
    const hover = await service.doHover(doc, doc.positionAt(text.indexOf('"apiVersion"') + 3), json);
    const contents = JSON.stringify(hover?.contents ?? "");
    expect(contents).toContain("host API major");
  });
});
