// Persistence: requirements, events, memberships and sessions survive a restart on the same sqlite file; migrations re-run cleanly.
import { startTestServer, type TestServer } from "./testing/harness";
import { diceManifest } from "./testing/fixtures";

describe("restart on the same database file", () => {
  let first: TestServer | undefined;
  let second: TestServer | undefined;
  afterAll(async () => {
    await first?.stop({ keepFiles: true });
    await second?.stop();
  });

  it("keeps requirements, events, memberships and tokens", async () => {
    first = await startTestServer();
    const owner = await first.register();
    const server = await first.createServer(owner.token);
    const put = await first.api("PUT", `/api/servers/${server.id}/plugins/dice.roller/requirement`, {
      token: owner.token,
      body: { status: "required", manifest: diceManifest() },
    });
    expect(put.status).toBe(200);
    await first.api("PUT", `/api/servers/${server.id}/plugins/chess.plugin/events/chess.move`, {
      token: owner.token,
      body: { direction: "clientToServer", scope: "server", maxPayloadBytes: 512 },
    });
    const before = (await first.api("GET", `/api/servers/${server.id}/plugins`, { token: owner.token })).body;
    await first.stop({ keepFiles: true });
    const dir = first.dir;
    first = undefined;

    second = await startTestServer({ dir });
    const after = await second.api("GET", `/api/servers/${server.id}/plugins`, { token: owner.token });
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before);
    expect(after.body.revision).toBe(2);
    expect(after.body.events.map((e: { eventName: string }) => e.eventName)).toEqual(["chess.move", "dice.rolled"]);

    const client = await second.identified(owner.token);
    await client.request({ type: "join_server", serverId: server.id });
    const reply = await client.request({
      type: "plugin_event",
      eventId: "e1",
      serverId: server.id,
      pluginId: "dice.roller",
      eventName: "dice.rolled",
      direction: "clientToServer",
      payload: { value: 9 },
    });
    expect(reply).toMatchObject({ type: "plugin_event_rejected", code: "schema_mismatch" });
    const login = await second.api("POST", "/api/auth/login", {
      body: { username: owner.user.username, password: "correct horse battery" },
    });
    expect(login.status).toBe(200);
  });
});
