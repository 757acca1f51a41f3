// The route table step reads every check from the OpenAPI document and refuses an operation it could not check.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { JsonObject } from "./schema-normalize";
import { routeTableSource } from "./route-table-step";
import { restModelNames } from "./validator-groups";

const published = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "generated", "openapi", "openapi.json"), "utf8")) as JsonObject;

const components = {
  schemas: {
    EntityId: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" },
    Size: { type: "integer", minimum: 1 },
    Flag: { type: "boolean" },
    Thing: { type: "object" },
    ApiError: { type: "object" },
    MediaType: { type: "string" },
  },
};
const idParam = { name: "serverId", in: "path", required: true, schema: { $ref: "#/components/schemas/EntityId" } };
const error = { description: "error", content: { "application/json": { schema: { $ref: "#/components/schemas/ApiError" } } } };

function documentWith(operation: JsonObject, route = "/api/servers/{serverId}/things"): JsonObject {
  return {
    openapi: "3.1.0",
    components,
    paths: {
      [route]: {
        post: { operationId: "op", "x-toju-permission": "member", parameters: [idParam], responses: { "400": error }, ...operation },
      },
    },
  };
}

describe("routeTableSource", () => {
  it("reads query parameters with their type and validator, the channel parameter and a raw body's limit", () => {
    const source = routeTableSource(
      documentWith(
        {
          parameters: [
            idParam,
            { ...idParam, name: "channelId" },
            { name: "size", in: "query", required: false, schema: { $ref: "#/components/schemas/Size", default: 5 } },
            { name: "name", in: "query", required: true, schema: { $ref: "#/components/schemas/EntityId" } },
          ],
          requestBody: { content: { "*/*": { schema: {} } } },
          "x-toju-max-body-bytes": 1024,
        },
        "/api/servers/{serverId}/channels/{channelId}/things",
      ),
    );
    expect(source).toContain(
      'queryParams: [{ name: "size", required: false, type: "integer", validate: validateSize }, { name: "name", required: true, type: "string", validate: validateEntityId }],',
    );
    expect(source).toContain('channelParam: "channelId",');
    expect(source).toContain('body: { kind: "raw", maxBytes: 1024, validateMediaType: validateMediaType },');
  });

  it.each([
    [
      "a header parameter",
      { parameters: [idParam, { name: "x-thing", in: "header", schema: { $ref: "#/components/schemas/EntityId" } }] },
      /only path and query/,
    ],
    [
      "an inline query schema",
      { parameters: [idParam, { name: "n", in: "query", schema: { type: "integer", maximum: 3 } }] },
      /named model/,
    ],
    [
      "a boolean query parameter",
      { parameters: [idParam, { name: "f", in: "query", schema: { $ref: "#/components/schemas/Flag" } }] },
      /string or an integer/,
    ],
    ["a raw body without a limit", { requestBody: { content: { "*/*": { schema: {} } } } }, /x-toju-max-body-bytes/],
    [
      "a limit on a JSON body",
      { requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } }, "x-toju-max-body-bytes": 5 },
      /raw bodies/,
    ],
    ["a form body", { requestBody: { content: { "multipart/form-data": { schema: {} } } } }, /application\/json or raw/],
    ["two body media types", { requestBody: { content: { "application/json": {}, "*/*": {} } } }, /exactly one media type/],
    ["a member route without a server", { parameters: [] }, /needs a serverId/],
  ])("refuses %s", (_label, operation, message) => {
    const route = (operation as { parameters?: unknown[] }).parameters?.length === 0 ? "/api/things" : undefined;
    expect(() => routeTableSource(documentWith(operation, route))).toThrow(message);
  });
});

describe("restModelNames", () => {
  it("is every model an operation of the published document names, plus the raw-body media type", () => {
    const names = restModelNames(published);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(
      expect.arrayContaining([
        "ApiError",
        "Attachment",
        "ChatMessage",
        "EntityId",
        "FileName",
        "MediaType",
        "MessagePageSize",
        "Role",
        "UserProfile",
      ]),
    );
    expect(names).not.toContain("TojuPluginManifest");
    expect(restModelNames(documentWith({}))).toEqual(["ApiError", "EntityId"]);
  });
});
