// The REST client over a fake fetch: the bearer token on every call, raw uploads, and each failure as an
// `ApiRequestError` carrying the server's `ApiError` code.
import { ApiRequestError } from "./api-request-error";
import { TojuRestClient } from "./rest-client";

interface Seen {
  method: string;
  url: string;
  authorization: string | null;
  contentType: string | null;
  body: string;
}

function setup(
  answer: (request: Request) => Response | Promise<Response>,
  token: () => string | undefined = () => "the-session-token-123",
) {
  const seen: Seen[] = [];
  const client = new TojuRestClient({
    baseUrl: "http://127.0.0.1:3000",
    token,
    fetch: async (request) => {
      seen.push({
        method: request.method,
        url: request.url,
        authorization: request.headers.get("authorization"),
        contentType: request.headers.get("content-type"),
        body: await request.clone().text(),
      });
      return answer(request);
    },
  });
  return { client, seen };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("TojuRestClient", () => {
  it("sends the session's bearer token and returns the typed body", async () => {
    const servers = [{ id: "s-1", name: "Game night", ownerId: "u-1" }];
    const { client, seen } = setup(() => json(200, servers));
    await expect(client.listServers()).resolves.toEqual(servers);
    expect(seen).toEqual([
      expect.objectContaining({ method: "GET", url: "http://127.0.0.1:3000/api/servers", authorization: "Bearer the-session-token-123" }),
    ]);
  });

  it("sends no Authorization while signed out", async () => {
    const { client, seen } = setup(
      () => json(201, { user: { id: "u-1", username: "alice" }, token: "a-new-session-token" }),
      () => undefined,
    );
    await client.register({ username: "alice", password: "correct horse" });
    expect(seen[0]).toMatchObject({ method: "POST", url: "http://127.0.0.1:3000/api/auth/register", authorization: null });
    expect(JSON.parse(seen[0].body)).toEqual({ username: "alice", password: "correct horse" });
  });

  it("pages history with before and limit", async () => {
    const { client, seen } = setup(() => json(200, []));
    await client.listMessages("s-1", "c-1", { before: "m-9", limit: 20 });
    expect(seen[0].url).toBe("http://127.0.0.1:3000/api/servers/s-1/channels/c-1/messages?before=m-9&limit=20");
  });

  it("turns an ApiError answer into an ApiRequestError with its code, status and details", async () => {
    const details = [{ path: "/name", message: "must not be empty" }];
    const { client } = setup(() => json(409, { code: "conflict", message: "a channel of that name exists", details }));
    const failure = client.createChannel("s-1", "general");
    await expect(failure).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failure).rejects.toMatchObject({ code: "conflict", status: 409, details, message: "a channel of that name exists" });
  });

  it("refuses an answer that breaks the contract before anyone uses it", async () => {
    const { client } = setup(() => json(200, [{ id: "../../etc", name: "Game night" }]));
    await expect(client.listServers()).rejects.toMatchObject({ name: "ApiRequestError", code: "unexpected_response", status: 200 });
  });

  it("says unexpected_response for an error without an ApiError body, network_error when nothing answers", async () => {
    await expect(setup(() => new Response("<html>bad gateway</html>", { status: 502 })).client.me()).rejects.toMatchObject({
      code: "unexpected_response",
      status: 502,
    });
    await expect(
      setup(() => {
        throw new TypeError("Failed to fetch");
      }).client.me(),
    ).rejects.toMatchObject({ code: "network_error", status: 0 });
  });

  it("uploads the raw bytes with the file's type and name, and downloads bytes as a Blob", async () => {
    const attachment = { id: "a-1", name: "notes.txt", mediaType: "text/plain", size: 5, url: "/api/attachments/a-1" };
    const { client, seen } = setup((request) =>
      request.method === "POST" ? json(201, attachment) : new Response("hello", { status: 200, headers: { "Content-Type": "text/plain" } }),
    );
    await expect(client.uploadAttachment("s-1", "c-1", new Blob(["hello"], { type: "text/plain" }), "notes.txt")).resolves.toEqual(
      attachment,
    );
    expect(seen[0]).toMatchObject({
      url: "http://127.0.0.1:3000/api/servers/s-1/channels/c-1/attachments?name=notes.txt",
      contentType: "text/plain",
      body: "hello",
    });
    const bytes = await client.downloadAttachment("a-1");
    await expect(bytes.text()).resolves.toBe("hello");
    expect(seen[1]).toMatchObject({ url: "http://127.0.0.1:3000/api/attachments/a-1", authorization: "Bearer the-session-token-123" });
  });

  it("resolves a 204 as nothing, and surfaces the 410 of server-side plugin data as gone", async () => {
    const { client } = setup((request) =>
      request.url.includes("/data/") ? json(410, { code: "gone", message: "no plugin data here" }) : new Response(null, { status: 204 }),
    );
    await expect(client.deletePluginRequirement("s-1", "dice-roller")).resolves.toBeUndefined();
    await expect(client.pluginData("GET", "s-1", "dice-roller", "board")).rejects.toMatchObject({ code: "gone", status: 410 });
  });
});
