// Hostile names and requests: user names unique without case, display text without control or bidirectional
// characters, UTF-8 bodies only, a case-insensitive Bearer scheme, ApiError bodies for every error, and messages that
// say what is wrong. On the old main `alice` and `Alice` both registered; a server name took NUL, a lone surrogate and
// U+202E; `bearer …` got 401; unknown routes and 431s had no ApiError body; a bad serverId was "a client request id",
// a payload nested too deeply was "Infinity bytes", and a serverRelay definition asked for "serverRelay and not serverRelay".
import { connect } from "node:net";
import { validateApiError } from "@toju/generated/validators";
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { startTestServer, type TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: AuthSession;
let server: Server;

beforeAll(async () => {
  t = await startTestServer();
  owner = await t.register();
  server = await t.createServer(owner.token);
});
afterAll(() => t.stop());

describe("user names", () => {
  it("are unique without regard to case, and sign in in any case", async () => {
    const alice = await t.register("alice");
    const taken = await t.api("POST", "/api/auth/register", { body: { username: "Alice", password: "correct horse battery" } });
    expect({ status: taken.status, code: taken.body.code }).toEqual({ status: 409, code: "conflict" });
    const signedIn = await t.api("POST", "/api/auth/login", { body: { username: "ALICE", password: "correct horse battery" } });
    expect(signedIn.body.user).toEqual({ id: alice.user.id, username: "alice" });
  });
});

describe("display text", () => {
  it.each([
    ["a NUL", "a\u0000b"],
    ["a C0 control", "bell\u0007"],
    ["DEL", "a\u007f"],
    ["a C1 control", "a\u0085b"],
    ["a lone high surrogate", "a\ud800b"],
    ["a lone low surrogate", "\udc00"],
    ["a right-to-left override", "invoice\u202etxt.exe"],
    ["a first-strong isolate", "a\u2068b"],
  ])("refuses %s in a server or channel name (400)", async (_label, name) => {
    for (const [url, token] of [
      ["/api/servers", owner.token],
      [`/api/servers/${server.id}/channels`, owner.token],
    ]) {
      const res = await t.api("POST", url, { token, body: { name } });
      expect({ status: res.status, path: res.body.details?.[0]?.path }).toEqual({ status: 400, path: "/body/name" });
    }
  });

  it("accepts other scripts, emoji and joiners", async () => {
    for (const name of ["Würfel 🎲", "ダイス", "👩‍👩‍👧 family", "عربي"]) {
      expect((await t.api("POST", "/api/servers", { token: owner.token, body: { name } })).status).toBe(201);
    }
  });
});

describe("HTTP", () => {
  it("refuses a body that is not valid UTF-8 (400), instead of changing it", async () => {
    const raw = Buffer.concat([Buffer.from('{"name":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const res = await t.api("POST", "/api/servers", { token: owner.token, raw });
    expect({ status: res.status, message: res.body.message }).toEqual({ status: 400, message: "the body is not valid UTF-8" });
  });

  it("takes the Bearer scheme in any case", async () => {
    for (const scheme of ["bearer", "BEARER", "Bearer", "bEaReR"]) {
      const res = await t.api("GET", "/api/users/me", { headers: { authorization: `${scheme} ${owner.token}` } });
      expect(res.status).toBe(200);
    }
  });

  it.each([
    ["GET", "/api"],
    ["GET", "/api/"],
    ["GET", "/api/nothing"],
    ["DELETE", "/api/servers"],
    ["POST", `/api/servers/${"x".repeat(10)}/unknown`],
    ["GET", "//api/servers"],
    ["GET", "/API/servers"],
    ["GET", "/"],
  ])("answers an unknown route (%s %s) with a 404 ApiError", async (method, url) => {
    const res = await t.api(method, url, { token: owner.token });
    expect(res.status).toBe(404);
    expect(validateApiError(res.body)).toBe(true);
  });

  it("answers headers over the limit with a 431 ApiError", async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(t.server.port, "127.0.0.1", () =>
        socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${"b".repeat(20_000)}\r\n\r\n`),
      );
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString()));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    const [head, body] = answer.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head.toLowerCase()).toContain("content-type: application/json");
    expect(validateApiError(JSON.parse(body))).toBe(true);
  });
});

describe("messages", () => {
  let client: TestClient;
  beforeAll(async () => {
    await t.api("PUT", `/api/servers/${server.id}/plugins/msg.plugin/events/msg.relay`, {
      token: owner.token,
      body: { direction: "serverRelay", scope: "server" },
    });
    await t.api("PUT", `/api/servers/${server.id}/plugins/msg.plugin/events/msg.deep`, {
      token: owner.token,
      body: { direction: "clientToServer", scope: "server" },
    });
    client = await t.identified(owner.token);
  });

  it("name an id as an id, never as a client request id", async () => {
    const viaSocket = await client.request({ type: "join_server", serverId: "not an id!" });
    const viaRest = await t.api("GET", "/api/servers/not%20an%20id!", { token: owner.token });
    for (const text of [JSON.stringify(viaSocket), JSON.stringify(viaRest.body)]) {
      expect(text).toMatch(/opaque id/);
      expect(text).not.toMatch(/client request id/);
    }
  });

  it("say why an event is refused: a serverRelay definition, or a payload too deep to measure", async () => {
    const event = (eventId: string, eventName: string, direction: string, payload: string) =>
      `{"type":"plugin_event","eventId":"${eventId}","serverId":"${server.id}","pluginId":"msg.plugin","eventName":"${eventName}","direction":"${direction}","payload":${payload}}`;
    client.send(event("m1", "msg.relay", "clientToServer", "1"));
    expect(await client.next()).toMatchObject({
      code: "direction_not_allowed",
      message: "this event is relayed by the server only; clients may not send it",
    });
    client.send(event("m2", "msg.deep", "clientToServer", `${"[".repeat(30_000)}${"]".repeat(30_000)}`));
    const deep = await client.next();
    expect(deep).toMatchObject({ code: "payload_too_large" });
    expect(deep.message).not.toContain("Infinity");
    expect(deep.message).toContain("nested too deeply");
  });
});
