// GET …/plugins: one serialisation per revision with a strong ETag; If-None-Match gets 304 while it is current, and
// never skips the checks before it.
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { startTestServer, type TestServer } from "../testing/harness";
import { noneMatchHits } from "./snapshot-response";

describe("If-None-Match against the current ETag", () => {
  const etag = '"3-abc"';
  it.each([
    ['"3-abc"', true],
    ['W/"3-abc"', true],
    ['"2-xyz", "3-abc"', true],
    ["*", true],
    [" * ", true],
    ['"2-xyz"', false],
    ["3-abc", false],
    ["", false],
  ])("%j → %s", (header, hit) => expect(noneMatchHits(header, etag)).toBe(hit));

  it("no header never hits", () => expect(noneMatchHits(undefined, etag)).toBe(false));
});

describe("snapshot reads", () => {
  let t: TestServer;
  let owner: AuthSession;
  let server: Server;
  const path = () => `/api/servers/${server.id}/plugins`;

  beforeAll(async () => {
    t = await startTestServer();
    owner = await t.register();
    server = await t.createServer(owner.token);
  });
  afterAll(() => t.stop());

  it("answers 200 with a strong ETag that names the revision, then 304 without a body while it is current", async () => {
    const first = await t.api("GET", path(), { token: owner.token });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(/^"0-[A-Za-z0-9_-]{22}"$/);
    expect(first.headers["cache-control"]).toBe("private, no-cache");
    expect(first.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(first.body).toEqual({ serverId: server.id, revision: 0, requirements: [], events: [] });
    for (const ifNoneMatch of [first.headers.etag!, `W/${first.headers.etag}`, `"nope", ${first.headers.etag}`, "*"]) {
      const again = await t.api("GET", path(), { token: owner.token, headers: { "if-none-match": ifNoneMatch } });
      expect({ status: again.status, etag: again.headers.etag, text: again.text }).toEqual({
        status: 304,
        etag: first.headers.etag,
        text: "",
      });
    }
  });

  it("a change makes a new ETag: the old one gets the new snapshot with 200", async () => {
    const before = await t.api("GET", path(), { token: owner.token });
    expect((await t.api("PUT", `${path()}/dice.roller/requirement`, { token: owner.token, body: { status: "required" } })).status).toBe(
      200,
    );
    const after = await t.api("GET", path(), { token: owner.token, headers: { "if-none-match": before.headers.etag } });
    expect(after.status).toBe(200);
    expect(after.body.revision).toBe(before.body.revision + 1);
    expect(after.headers.etag).toMatch(new RegExp(`^"${after.body.revision}-`));
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(JSON.parse(after.text)).toEqual(after.body);
  });

  it("a conditional request is still checked first: 401 without a token, 400 for a malformed id, 404 for an unknown server", async () => {
    const conditional = { "if-none-match": "*" };
    expect((await t.api("GET", path(), { headers: conditional })).status).toBe(401);
    expect((await t.api("GET", "/api/servers/bad!id/plugins", { token: owner.token, headers: conditional })).status).toBe(400);
    expect((await t.api("GET", "/api/servers/unknown/plugins", { token: owner.token, headers: conditional })).status).toBe(404);
  });
});
