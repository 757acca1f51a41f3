// The limits the server enforces come from spec/limits.tsp (generated/types/constants.ts); the schemas that state the
// same numbers as `maximum`/`maxItems`/`maxLength` must agree with them, or a client would be told one thing and held to another.
import { readFileSync } from "node:fs";
import path from "node:path";
import { MAX_EMBEDDED_SCHEMA_BYTES } from "@toju/contracts/event-schemas/embedded-schema";
import { errorBodyLimit, pluginEventLimit } from "@toju/generated/types/constants";

type Schema = { properties: Record<string, { maximum?: number; maxItems?: number; maxLength?: number }> };
const schema = (name: string): Schema =>
  JSON.parse(readFileSync(path.resolve(__dirname, "..", "..", "generated", "json-schema", `${name}.json`), "utf8"));

it.each(["PluginEventDefinition", "PluginEventDefinitionInput", "PluginEventDeclaration"])(
  "%s.maxPayloadBytes allows at most pluginEventLimit.maxPayloadBytes",
  (name) => {
    expect(schema(name).properties.maxPayloadBytes.maximum).toBe(pluginEventLimit.maxPayloadBytes);
  },
);

it("ApiError caps its details and message as errorBodyLimit says", () => {
  const { properties } = schema("ApiError");
  expect([properties.details.maxItems, properties.message.maxLength]).toEqual([
    errorBodyLimit.apiErrorDetails,
    errorBodyLimit.messageLength,
  ]);
});

it.each(["ErrorEnvelope", "PluginEventRejectedEnvelope"])("%s caps its details and message as errorBodyLimit says", (name) => {
  const { properties } = schema(name);
  expect([properties.details.maxItems, properties.message.maxLength]).toEqual([
    errorBodyLimit.envelopeErrorDetails,
    errorBodyLimit.messageLength,
  ]);
});

it("ErrorDetail caps path and message at errorBodyLimit.detailTextLength", () => {
  const { properties } = schema("ErrorDetail");
  expect([properties.path.maxLength, properties.message.maxLength]).toEqual([
    errorBodyLimit.detailTextLength,
    errorBodyLimit.detailTextLength,
  ]);
});

it("the embedded-schema check refuses event schemas over pluginEventLimit.maxSchemaBytes", () => {
  expect(MAX_EMBEDDED_SCHEMA_BYTES).toBe(pluginEventLimit.maxSchemaBytes);
});
