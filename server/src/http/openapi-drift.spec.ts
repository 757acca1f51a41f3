// Drift test: tsoa's OpenAPI (from the controllers) and the generated route table must match the published TypeSpec
// OpenAPI in paths, methods, path and query parameters, operation ids, request bodies and status codes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { routeTable } from "@toju/generated/server/route-table";

type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        parameters?: { name: string; in: string; required?: boolean }[];
        requestBody?: unknown;
        responses: Record<string, unknown>;
      }
    >
  >;
};

const root = path.resolve(__dirname, "..", "..", "..");
const load = (file: string): Doc => JSON.parse(readFileSync(path.join(root, file), "utf8"));
const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options"]);

/** One line per operation: everything the contract fixes about a route's shape. */
function operations(doc: Doc): string[] {
  const lines: string[] = [];
  for (const [route, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const params = (op.parameters ?? [])
        .map((p) => `${p.in}:${p.name}${p.required ? "!" : "?"}`)
        .sort()
        .join(",");
      const statuses = Object.keys(op.responses).sort().join(",");
      lines.push(
        `${method.toUpperCase()} ${route} op=${op.operationId} params=[${params}] body=${op.requestBody ? "yes" : "no"} status=[${statuses}]`,
      );
    }
  }
  return lines.sort();
}

describe("REST contract drift", () => {
  const published = load("generated/openapi/openapi.json");

  it("tsoa's routes match generated/openapi/openapi.json exactly", () => {
    const tsoa = load("generated/server/tsoa-openapi.json");
    expect(operations(tsoa)).toEqual(operations(published));
  });

  it("the generated route table covers every published operation with the same path and query parameters and body", () => {
    const fromTable = routeTable
      .map((r) => {
        const params = [
          ...r.pathParams.map(({ name }) => `path:${name}!`),
          ...r.queryParams.map(({ name, required }) => `query:${name}${required ? "!" : "?"}`),
        ]
          .sort()
          .join(",");
        return `${r.method.toUpperCase()} ${r.path} op=${r.operationId} params=[${params}] body=${r.body ? "yes" : "no"}`;
      })
      .sort();
    const fromContract = operations(published).map((line) => line.replace(/ status=\[.*\]$/, ""));
    expect(fromTable).toEqual(fromContract);
  });

  it("declares bearer auth once as a security scheme, not as a header parameter", () => {
    const doc = published as unknown as { components: { securitySchemes: Record<string, { type: string; scheme: string }> } };
    expect(Object.values(doc.components.securitySchemes)).toContainEqual(
      expect.objectContaining({ type: "http", scheme: expect.stringMatching(/^bearer$/i) }),
    );
    expect(JSON.stringify(published.paths)).not.toMatch(/"name":"authorization"/i);
  });
});
