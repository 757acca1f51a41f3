// Request logs name the route pattern and status, and never carry tokens, passwords or bodies.
import { startTestServer, type TestServer } from "../testing/harness";

const lines: { level: string; event: string; fields: Record<string, unknown> }[] = [];
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ log: (level, event, fields = {}) => lines.push({ level, event, fields }) });
});
afterAll(() => t.stop());

it("logs one line per request with the route pattern, and no secret", async () => {
  const owner = await t.register("logged-user");
  const server = await t.createServer(owner.token);
  const res = await t.api("PUT", `/api/servers/${server.id}/plugins/dice/requirement`, { token: owner.token, body: { status: "nope" } });
  expect(res.status).toBe(400);
  const requests = lines.filter((l) => l.event === "http.request");
  expect(requests).toContainEqual(
    expect.objectContaining({
      fields: expect.objectContaining({ method: "PUT", route: "/api/servers/:serverId/plugins/:pluginId/requirement", status: 400 }),
    }),
  );
  expect(requests).toContainEqual(
    expect.objectContaining({ fields: expect.objectContaining({ method: "POST", route: "/api/auth/register", status: 201 }) }),
  );
  const everything = JSON.stringify(lines);
  expect(everything).not.toContain(owner.token);
  expect(everything).not.toContain("correct horse battery");
  expect(everything).not.toContain(server.id);
});
