// Sessions end: tokens expire, and logout revokes the caller's token (and only it), closing the sockets identified
// with it with 4401, on this instance at once and on another instance sharing the database within a second (REST) or a
// heartbeat (sockets). On the old main tokens never expired and could not be revoked.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AuthSession } from "@toju/generated/types/contract";
import { startTestServer, type TestServer } from "../testing/harness";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const me = (t: TestServer, token: string) => t.api("GET", "/api/users/me", { token });

async function signIn(t: TestServer, user: AuthSession): Promise<AuthSession> {
  return (await t.api("POST", "/api/auth/login", { body: { username: user.user.username, password: "correct horse battery" } }))
    .body as AuthSession;
}

it("expires a token after SESSION_TTL_SECONDS: 401 over REST, 4401 on its socket, refused by identify", async () => {
  const t = await startTestServer({ sessionTtlSeconds: 1, heartbeatMs: 200 });
  try {
    const user = await t.register();
    const socket = await t.identified(user.token);
    expect((await me(t, user.token)).status).toBe(200);
    await sleep(1100);
    expect((await me(t, user.token)).status).toBe(401);
    expect(await socket.closed).toMatchObject({ code: 4401 });
    const late = await t.connect();
    late.send({ type: "identify", token: user.token });
    expect((await late.closed).code).toBe(4401);
    expect((await me(t, (await signIn(t, user)).token)).status).toBe(200);
  } finally {
    await t.stop();
  }
});

describe("logout", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it("revokes only the caller's token and closes the sockets identified with it with 4401", async () => {
    const first = await t.register();
    const second = await signIn(t, first);
    const [a1, a2, b] = [await t.identified(first.token), await t.identified(first.token), await t.identified(second.token)];
    const res = await t.api("POST", "/api/auth/logout", { token: first.token });
    expect({ status: res.status, text: res.text }).toEqual({ status: 204, text: "" });
    expect((await a1.closed).code).toBe(4401);
    expect((await a2.closed).code).toBe(4401);
    expect((await me(t, first.token)).status).toBe(401);
    expect((await me(t, second.token)).status).toBe(200);
    expect((await b.request({ type: "view_server", serverId: "unknownServer" })).code).toBe("not_found");
    expect((await t.api("POST", "/api/auth/logout", { token: first.token })).status).toBe(401);
    expect((await t.api("POST", "/api/auth/logout")).status).toBe(401);
  });

  it("is seen by another instance on the same database within a second, and closes its sockets at its heartbeat", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "toju-two-instances-"));
    const [a, b] = [await startTestServer({ dir }), await startTestServer({ dir, heartbeatMs: 300 })];
    try {
      const user = await a.register();
      expect((await me(b, user.token)).status).toBe(200);
      const socketOnB = await b.identified(user.token);
      expect((await a.api("POST", "/api/auth/logout", { token: user.token })).status).toBe(204);
      await sleep(1100);
      expect((await me(b, user.token)).status).toBe(401);
      expect((await socketOnB.closed).code).toBe(4401);
    } finally {
      await b.stop({ keepFiles: true });
      await a.stop({ keepFiles: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
