// REST: health, register, login, create server, join, set permissions — success and every error status.
import { validateApiError, validateAuthSession, validateMembership, validateServer } from "@toju/generated/validators";
import { startTestServer, type TestServer } from "../testing/harness";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

const big = "x".repeat(300 * 1024);

function expectApiError(res: { status: number; body: unknown }, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(validateApiError(res.body)).toBe(true);
  expect((res.body as { code: string }).code).toBe(code);
}

describe("health", () => {
  it("GET /api/health is 200 {status: ok} with the database ok and Redis disabled (in-process fan-out)", async () => {
    const res = await t.api("GET", "/api/health");
    expect(res).toMatchObject({ status: 200, body: { status: "ok", database: "ok", redis: "disabled" } });
  });
});

describe("register and login", () => {
  it("registers (201), refuses a taken name (409), logs in (200) and refuses a wrong password (401)", async () => {
    const credentials = { username: "carol", password: "long enough password" };
    const created = await t.api("POST", "/api/auth/register", { body: credentials });
    expect(created.status).toBe(201);
    expect(validateAuthSession(created.body)).toBe(true);
    expectApiError(await t.api("POST", "/api/auth/register", { body: credentials }), 409, "conflict");
    const login = await t.api("POST", "/api/auth/login", { body: credentials });
    expect(login.status).toBe(200);
    expect(login.body.user).toEqual(created.body.user);
    expect(login.body.token).not.toBe(created.body.token);
    expectApiError(
      await t.api("POST", "/api/auth/login", { body: { ...credentials, password: "wrong password!" } }),
      401,
      "unauthenticated",
    );
    expectApiError(
      await t.api("POST", "/api/auth/login", { body: { username: "nobody", password: "whatever123" } }),
      401,
      "unauthenticated",
    );
  });

  it("400 for bodies that break the contract, 413 beyond 256 KiB", async () => {
    for (const body of [
      { username: "ab", password: "long enough" },
      { username: "dave", password: "short" },
      { username: "dave", password: "long enough", extra: 1 },
      ["dave"],
      "dave",
    ]) {
      expectApiError(await t.api("POST", "/api/auth/register", { body }), 400, "invalid_request");
    }
    expectApiError(await t.api("POST", "/api/auth/login", { body: { username: 5, password: "long enough" } }), 400, "invalid_request");
    expectApiError(await t.api("POST", "/api/auth/register", { body: { username: "dave", password: big } }), 413, "payload_too_large");
    expectApiError(await t.api("POST", "/api/auth/login", { body: { username: "dave", password: big } }), 413, "payload_too_large");
  });

  it("never returns the password or its hash", async () => {
    const res = await t.api("POST", "/api/auth/register", { body: { username: "erin", password: "a secret pass" } });
    expect(res.text).not.toContain("a secret pass");
    expect(Object.keys(res.body.user).sort()).toEqual(["id", "username"]);
  });
});

describe("servers", () => {
  it("creates a server with a general channel (201); 401 without a token; 400 bad body; 413", async () => {
    const owner = await t.register();
    const res = await t.api("POST", "/api/servers", { token: owner.token, body: { name: "Guild" } });
    expect(res.status).toBe(201);
    expect(validateServer(res.body)).toBe(true);
    expect(res.body).toMatchObject({ name: "Guild", ownerId: owner.user.id, channels: [{ name: "general" }] });
    expectApiError(await t.api("POST", "/api/servers", { body: { name: "Guild" } }), 401, "unauthenticated");
    expectApiError(
      await t.api("POST", "/api/servers", { token: "not-a-real-token-0123456789", body: { name: "Guild" } }),
      401,
      "unauthenticated",
    );
    expectApiError(await t.api("POST", "/api/servers", { token: owner.token, body: { name: "" } }), 400, "invalid_request");
    expectApiError(await t.api("POST", "/api/servers", { token: owner.token, body: { name: big } }), 413, "payload_too_large");
  });

  it("joins (200, twice the same membership), 400 bad id, 404 unknown server, 401", async () => {
    const owner = await t.register();
    const member = await t.register();
    const server = await t.createServer(owner.token);
    const first = await t.api("POST", `/api/servers/${server.id}/members`, { token: member.token });
    expect(first.status).toBe(200);
    expect(validateMembership(first.body)).toBe(true);
    expect(first.body).toMatchObject({ serverId: server.id, userId: member.user.id, owner: false, permissions: { manageServer: false } });
    const second = await t.api("POST", `/api/servers/${server.id}/members`, { token: member.token });
    expect(second.body).toEqual(first.body);
    expectApiError(await t.api("POST", `/api/servers/bad.id/members`, { token: member.token }), 400, "invalid_request");
    expectApiError(await t.api("POST", `/api/servers/nosuchserver/members`, { token: member.token }), 404, "not_found");
    expectApiError(await t.api("POST", `/api/servers/${server.id}/members`), 401, "unauthenticated");
  });

  it("owner sets manageServer (200); 403 for others; 404 unknown server or non-member; 400 body; 413; order 401 < 400 < 404 < 403 < 400 body", async () => {
    const owner = await t.register();
    const member = await t.register();
    const server = await t.createServer(owner.token);
    await t.api("POST", `/api/servers/${server.id}/members`, { token: member.token });
    const url = `/api/servers/${server.id}/members/${member.user.id}/permissions`;
    const ok = await t.api("PUT", url, { token: owner.token, body: { manageServer: true } });
    expect(ok.status).toBe(200);
    expect(ok.body.permissions).toEqual({ manageServer: true });
    expectApiError(await t.api("PUT", url, { token: member.token, body: { manageServer: true } }), 403, "forbidden");
    expectApiError(
      await t.api("PUT", `/api/servers/${server.id}/members/${owner.user.id}x/permissions`, {
        token: owner.token,
        body: { manageServer: true },
      }),
      404,
      "not_found",
    );
    expectApiError(await t.api("PUT", url, { token: owner.token, body: { manageServer: "true" } }), 400, "invalid_request");
    expectApiError(await t.api("PUT", url, { token: owner.token, body: { manageServer: 1 } }), 400, "invalid_request");
    expectApiError(await t.api("PUT", url, { token: owner.token, body: {} }), 400, "invalid_request");
    expectApiError(await t.api("PUT", url, { token: owner.token, raw: big }), 413, "payload_too_large");
    // Order: 401 beats everything, then a bad path id, then an unknown server, then 403, then the body.
    expectApiError(await t.api("PUT", `/api/servers/bad.id/members/x/permissions`, { body: "nope" }), 401, "unauthenticated");
    expectApiError(
      await t.api("PUT", `/api/servers/bad.id/members/x/permissions`, { token: member.token, raw: "{" }),
      400,
      "invalid_request",
    );
    expectApiError(await t.api("PUT", `/api/servers/unknown/members/x/permissions`, { token: member.token, raw: "{" }), 404, "not_found");
    expectApiError(await t.api("PUT", url, { token: member.token, raw: "{" }), 403, "forbidden");
    expectApiError(await t.api("PUT", url, { token: owner.token, raw: "{" }), 400, "invalid_request");
  });
});
