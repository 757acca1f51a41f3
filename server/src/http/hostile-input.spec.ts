// Hostile REST input: each gets its 4xx ApiError, never a 500, and the server stays healthy.
import { readdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { requestSizeLimit } from "@toju/generated/types/constants";
import { validateApiError } from "@toju/generated/validators";
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { diceManifest } from "../testing/fixtures";
import { startTestServer, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: AuthSession, stranger: AuthSession;
let server: Server;

beforeAll(async () => {
  t = await startTestServer();
  [owner, stranger] = [await t.register(), await t.register()];
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

/** A request with exactly these headers (the harness would add a Content-Type to a body). */
function rawRequest(
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Promise<{ status: number; text: string; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: t.server.port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        resolve({ status: res.statusCode ?? 0, text, body: parsed });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
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
    for (const header of ["Bearer", "Basic abc", `Bearer${owner.token}`, `Bearer ${owner.token} extra`, "Bearer ../../etc/passwd"]) {
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

describe("query parameters", () => {
  const messages = (query: string) =>
    t.api("GET", `/api/servers/${server.id}/channels/${server.channels[0].id}/messages${query}`, { token: owner.token });

  it.each([
    ["limit=0", "/query/limit"],
    ["limit=101", "/query/limit"],
    ["limit=abc", "/query/limit"],
    ["limit=1.5", "/query/limit"],
    ["limit=1e2", "/query/limit"],
    ["limit=0x10", "/query/limit"],
    ["limit=05", "/query/limit"],
    ["limit=-1", "/query/limit"],
    ["limit=", "/query/limit"],
    ["limit=%20%201", "/query/limit"],
    ["limit=99999999999999999999999", "/query/limit"],
    ["limit=1&limit=2", "/query/limit"],
    ["before=..", "/query/before"],
    ["before=%2E%2E%2Fx", "/query/before"],
    ["before=%00", "/query/before"],
    [`before=${"a".repeat(65)}`, "/query/before"],
    ["before=unknownMessage", "/query/before"],
    ["before=a&before=b", "/query/before"],
  ])("?%s → 400 at %s", async (query, detailPath) => {
    const res = await messages(`?${query}`);
    expect4xx(res, 400);
    expect(res.body.details?.map((d: { path: string }) => d.path)).toContain(detailPath);
  });

  it("ignores query parameters a route does not read", async () => {
    expect((await messages("?limit[]=1&cacheBust=1&__proto__=x&hasOwnProperty=1")).status).toBe(200);
  });
});

describe("attachment uploads and downloads", () => {
  const channelId = () => server.channels[0].id;
  const uploadPath = (query: string) => `/api/servers/${server.id}/channels/${channelId()}/attachments${query}`;
  const upload = (query: string, headers: Record<string, string> = {}, body: Buffer | string = "data") =>
    rawRequest("POST", uploadPath(query), { authorization: `Bearer ${owner.token}`, "content-type": "text/plain", ...headers }, body);
  const spoolFiles = () => readdirSync(path.join(t.dir, "attachments")).filter((f) => f.startsWith("."));

  it.each([
    ["no name", ""],
    ["an empty name", "?name="],
    ["a traversal", `?name=${encodeURIComponent("../../etc/passwd")}`],
    ["a Windows traversal", `?name=${encodeURIComponent("..\\..\\boot.ini")}`],
    ["an absolute path", `?name=${encodeURIComponent("/etc/passwd")}`],
    ["a NUL", "?name=a%00.txt"],
    ["a newline", "?name=a%0Ab.txt"],
    ["a C1 control", "?name=a%C2%85b.txt"],
    ["a right-to-left override", `?name=${encodeURIComponent("invoice\u202Etxt.exe")}`],
    ["a 256-character name", `?name=${"n".repeat(256)}`],
    ["a repeated name", "?name=a.txt&name=b.txt"],
  ])("a name with %s → 400", async (_label, query) => {
    expect4xx(await upload(query), 400);
  });

  it("a dot-dot name is only a name: stored under a random file name", async () => {
    const res = await upload("?name=..");
    expect(res.status).toBe(201);
    expect(readdirSync(path.join(t.dir, "attachments"))).not.toContain("..");
  });

  it.each([
    ["missing", undefined],
    ["without a subtype", "text"],
    ["with an empty subtype", "text/"],
    ["with a wildcard", "*/*"],
    ["with spaces in the type", "te xt/plain"],
    ["of 256 characters", `application/${"x".repeat(244)}`],
    ["of 8 KiB", `text/plain; x=${"y".repeat(8192)}`],
    ["with a non-ASCII parameter", "text/plain; name=\u00e9"],
  ])("a Content-Type %s → 400", async (_label, contentType) => {
    const headers: Record<string, string> = { authorization: `Bearer ${owner.token}` };
    if (contentType !== undefined) headers["content-type"] = contentType;
    const res = await rawRequest("POST", uploadPath("?name=a.txt"), headers, "data");
    expect4xx(res, 400);
    expect((res.body as { details?: { path: string }[] }).details?.[0].path).toBe("/header/content-type");
  });

  it("a Content-Encoding → 400 (the bytes are stored as sent)", async () => {
    expect4xx(await upload("?name=a.gz", { "content-encoding": "gzip" }), 400);
  });

  it("8 MiB + 1 → 413, and no partial file stays", async () => {
    expect4xx(await upload("?name=big.bin", {}, Buffer.alloc(requestSizeLimit.attachmentBytes + 1)), 413);
    expect(spoolFiles()).toEqual([]);
  });

  it("the check order holds: 400 query, 404 server, 403, 404 channel, then the body", async () => {
    const as = (token: string) => ({ authorization: `Bearer ${token}` });
    expect4xx(await rawRequest("POST", `/api/servers/nope/channels/nope/attachments`, as(stranger.token)), 400);
    expect4xx(await rawRequest("POST", `/api/servers/nope/channels/nope/attachments?name=a`, as(stranger.token)), 404);
    expect4xx(await rawRequest("POST", `/api/servers/${server.id}/channels/nope/attachments?name=a`, as(stranger.token)), 403);
    expect4xx(await rawRequest("POST", `/api/servers/${server.id}/channels/nope/attachments?name=a`, as(owner.token)), 404);
    expect4xx(await rawRequest("POST", uploadPath("?name=a"), as(owner.token)), 400);
    expect(spoolFiles()).toEqual([]);
  });

  it("downloads: a non-member → 403, an unknown id → 404, a malformed id → 400", async () => {
    const uploaded = await upload("?name=private.txt");
    const { url } = JSON.parse(uploaded.text) as { url: string };
    expect4xx(await t.api("GET", url, { token: stranger.token }), 403);
    expect4xx(await t.api("GET", "/api/attachments/doesNotExist", { token: stranger.token }), 404);
    for (const id of ["..", "%2E%2E", "a%2Fb", "a%00", "x".repeat(65)])
      expect([400, 404]).toContain((await t.api("GET", `/api/attachments/${id}`, { token: owner.token })).status);
    expect4xx(await t.api("GET", "/api/attachments/a%2Fb", { token: owner.token }), 400);
  });
});
