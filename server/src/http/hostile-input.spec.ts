// Hostile REST input: each gets its 4xx ApiError, never a 500, and the server stays healthy.
import { request as httpRequest } from "node:http";
import { validateApiError } from "@toju/generated/validators";
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { diceManifest } from "../testing/fixtures";
import { startTestServer, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: AuthSession;
let server: Server;

beforeAll(async () => {
  t = await startTestServer();
  owner = await t.register();
  server = await t.createServer(owner.token);
});
afterAll(async () => {
  expect((await t.api("GET", "/api/health")).status).toBe(200);
  await t.stop();
});

function expect4xx(res: { status: number; body: unknown; text: string }, status: number): void {
  expect({ status: res.status, text: res.text }).toEqual({ status, text: expect.any(String) });
  expect(validateApiError(res.body)).toBe(true);
  expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
}

describe("bodies", () => {
  const requirementUrl = () => `/api/servers/${server.id}/plugins/dice.roller/requirement`;

  it.each([
    ["malformed JSON", '{"status": '],
    ["a trailing comma", '{"status":"required",}'],
    ["an empty body", ""],
    ["an array for an object", '[{"status":"required"}]'],
    ["a string for an object", '"required"'],
    ["null", "null"],
    ["a number as a string", '{"status":"required","manifest":{"schemaVersion":"1"}}'],
    [
      "a 10,000-element array",
      JSON.stringify({
        status: "required",
        manifest: { ...diceManifest(), capabilities: Array.from({ length: 10_000 }, () => "ui.pages") },
      }),
    ],
    ["deep nesting", `{"status":"required","manifest":${"[".repeat(60_000)}${"]".repeat(60_000)}}`],
    ["deep object nesting", `{"status":"required","manifest":${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}}`],
    ["a prototype-pollution key", '{"status":"required","__proto__":{"admin":true}}'],
  ])("%s → 400", async (_label, raw) => {
    expect4xx(await t.api("PUT", requirementUrl(), { token: owner.token, raw }), 400);
  });

  it.each([
    ["text/plain", "text/plain"],
    ["form data", "application/x-www-form-urlencoded"],
    ["xml", "application/xml"],
  ])("wrong content type (%s) → 400", async (_label, contentType) => {
    expect4xx(await t.api("PUT", requirementUrl(), { token: owner.token, raw: '{"status":"required"}', contentType }), 400);
  });

  it("an unsupported content-encoding → 400; over 256 KiB → 413", async () => {
    const res = await new Promise<{ status: number }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: t.server.port,
          method: "PUT",
          path: requirementUrl(),
          headers: { authorization: `Bearer ${owner.token}`, "content-type": "application/json", "content-encoding": "br-nope" },
        },
        (r) => {
          r.resume();
          resolve({ status: r.statusCode ?? 0 });
        },
      );
      req.on("error", reject);
      req.end("{}");
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect4xx(
      await t.api("PUT", requirementUrl(), { token: owner.token, raw: `{"status":"required","x":"${"y".repeat(257 * 1024)}"}` }),
      413,
    );
  });
});

describe("path ids", () => {
  it.each([
    ["..", "/api/servers/../plugins"],
    ["%2E%2E", "/api/servers/%2E%2E/plugins"],
    ["%2F", "/api/servers/abc%2Fdef/plugins"],
    ["%00", "/api/servers/abc%00/plugins"],
    ["a Cyrillic look-alike", `/api/servers/${encodeURIComponent("ѕerver")}/plugins`],
    ["a fullwidth look-alike", `/api/servers/${encodeURIComponent("ｓerver")}/plugins`],
    ["a 65-character id", `/api/servers/${"a".repeat(65)}/plugins`],
    ["a broken escape", "/api/servers/%E0%A4%A/plugins"],
  ])("serverId %s → 400 or 404, never 500", async (_label, url) => {
    const res = await t.api("GET", url, { token: owner.token });
    expect([400, 404]).toContain(res.status);
    expect(validateApiError(res.body)).toBe(true);
  });

  it.each([
    ["..", ".."],
    ["%2F", "dice%2Froller"],
    ["upper case", "Dice.Roller"],
    ["a homoglyph", encodeURIComponent("diсe.roller")],
  ])("pluginId %s → 400", async (_label, pluginId) => {
    expect4xx(
      await t.api("PUT", `/api/servers/${server.id}/plugins/${pluginId}/requirement`, { token: owner.token, body: { status: "required" } }),
      400,
    );
  });

  it("unknown routes and methods get a JSON 404", async () => {
    expect4xx(await t.api("PATCH", `/api/servers/${server.id}/plugins`, { token: owner.token }), 404);
    expect4xx(await t.api("GET", "/api/nothing/here"), 404);
  });

  it("odd Authorization headers are 401", async () => {
    for (const header of ["Bearer", "Basic abc", `bearer ${owner.token}`, `Bearer ${owner.token} extra`, "Bearer ../../etc/passwd"]) {
      const res = await new Promise<{ status: number }>((resolve, reject) => {
        const req = httpRequest(
          {
            host: "127.0.0.1",
            port: t.server.port,
            method: "GET",
            path: `/api/servers/${server.id}/plugins`,
            headers: { authorization: header },
          },
          (r) => {
            r.resume();
            resolve({ status: r.statusCode ?? 0 });
          },
        );
        req.on("error", reject);
        req.end();
      });
      expect(res.status).toBe(401);
    }
  });
});
