// Message text is kept exactly as sent on every database, except U+0000, which no database keeps as text (PostgreSQL
// refuses it): a message with one is refused with invalid_envelope and nothing is stored.
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { startTestServer, type TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: AuthSession;
let server: Server;
let client: TestClient;

beforeAll(async () => {
  t = await startTestServer();
  owner = await t.register();
  server = await t.createServer(owner.token);
  client = await t.identified(owner.token);
  await client.request({ type: "join_server", serverId: server.id });
});
afterAll(() => t.stop());

const send = (requestId: string, content: string) =>
  client.request({ type: "send_message", requestId, serverId: server.id, channelId: server.channels[0].id, content });

const history = async () =>
  (await t.api("GET", `/api/servers/${server.id}/channels/${server.channels[0].id}/messages`, { token: owner.token })).body as unknown as {
    content: string;
  }[];

it("refuses U+0000 anywhere in the content, and stores nothing", async () => {
  for (const content of ["\u0000", "a\u0000b", `${"x".repeat(3999)}\u0000`]) {
    const reply = await send("nul", content);
    expect(reply).toMatchObject({ type: "error", code: "invalid_envelope", requestId: "nul" });
    expect(reply.details).toContainEqual(expect.objectContaining({ path: "/content" }));
  }
  expect(await history()).toEqual([]);
});

it("keeps every other character as sent: other control characters, astral characters, quotes and backslashes", async () => {
  const content = 'tab\tbell\u0007 del\u007f \\0 "q" 🎲 ü';
  expect(await send("kept", content)).toMatchObject({ type: "message", requestId: "kept", content });
  expect((await history())[0].content).toBe(content);
});
