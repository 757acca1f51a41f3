// REST chat routes over a real server: paged message history and attachment upload/download, with their checks.
import { readdirSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { requestSizeLimit } from "@toju/generated/types/constants";
import type { AuthSession, ChatMessage, Server } from "@toju/generated/types/contract";
import { validateApiError, validateAttachment, validateChatMessage } from "@toju/generated/validators";
import { startTestServer, type HttpResult, type TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: AuthSession, member: AuthSession, stranger: AuthSession;
let server: Server, otherServer: Server;
let general: string;
let socket: TestClient;

beforeAll(async () => {
  t = await startTestServer();
  [owner, member, stranger] = [await t.register(), await t.register(), await t.register()];
  server = await t.createServer(owner.token);
  otherServer = await t.createServer(stranger.token);
  general = server.channels[0].id;
  await t.api("POST", `/api/servers/${server.id}/members`, { token: member.token });
  socket = await t.identified(owner.token);
});
afterAll(() => t.stop());

function expectApiError(res: HttpResult, status: number, code: string, path?: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(validateApiError(res.body)).toBe(true);
  if (path) expect(res.body.details?.map((d: { path: string }) => d.path)).toContain(path);
}

async function post(channelId: string, content: string, attachmentIds?: string[]): Promise<ChatMessage> {
  const reply = await socket.request({
    type: "send_message",
    serverId: server.id,
    channelId,
    content,
    ...(attachmentIds ? { attachmentIds } : {}),
  });
  if (reply.type !== "message") throw new Error(JSON.stringify(reply));
  const { type: _type, ...message } = reply;
  return message as unknown as ChatMessage;
}

const history = (query = "", channelId = general, token = member.token) =>
  t.api("GET", `/api/servers/${server.id}/channels/${channelId}/messages${query}`, { token });
const page = (res: HttpResult): ChatMessage[] => JSON.parse(res.text) as ChatMessage[];

const uploadUrl = (name: string, channelId = general, serverId = server.id) =>
  `/api/servers/${serverId}/channels/${channelId}/attachments?name=${encodeURIComponent(name)}`;
const upload = (name: string, bytes: Buffer | string, contentType = "application/octet-stream", token = member.token) =>
  t.api("POST", uploadUrl(name), { token, raw: bytes, contentType });

const attachmentFiles = () => readdirSync(path.join(t.dir, "attachments"));

describe("GET …/channels/{channelId}/messages", () => {
  let sent: ChatMessage[];
  let quiet: string;

  beforeAll(async () => {
    const created = await t.api("POST", `/api/servers/${server.id}/channels`, { token: owner.token, body: { name: "history" } });
    quiet = created.body.id;
    sent = [];
    for (let i = 1; i <= 5; i++) sent.push(await post(quiet, `message ${i}`));
  });

  it("pages newest first with limit and before, down to an empty page", async () => {
    const all = await history("", quiet);
    expect(all.status).toBe(200);
    page(all).forEach((m) => expect(validateChatMessage(m)).toBe(true));
    expect(page(all)).toEqual([...sent].reverse());
    const first = page(await history("?limit=2", quiet));
    expect(first.map((m) => m.content)).toEqual(["message 5", "message 4"]);
    const second = page(await history(`?limit=2&before=${first[1].messageId}`, quiet));
    expect(second.map((m) => m.content)).toEqual(["message 3", "message 2"]);
    const third = page(await history(`?before=${second[1].messageId}&limit=2`, quiet));
    expect(third.map((m) => m.content)).toEqual(["message 1"]);
    expect(page(await history(`?before=${third[0].messageId}`, quiet))).toEqual([]);
  });

  it("defaults to 50 and accepts 100", async () => {
    for (let i = 0; i < 55; i++) await post(general, `bulk ${i}`);
    expect(page(await history("")).length).toBe(50);
    expect(page(await history("?limit=100")).length).toBe(55);
    expect(page(await history("?limit=1"))[0].content).toBe("bulk 54");
  });

  it("refuses a `before` of another channel (400), a channel of another server (404), non-members (403)", async () => {
    const [newest] = page(await history("?limit=1", quiet));
    expectApiError(await history(`?before=${newest.messageId}`), 400, "invalid_request", "/query/before");
    expectApiError(await history("", otherServer.channels[0].id), 404, "not_found");
    expectApiError(await history("", "noSuchChannel"), 404, "not_found");
    expectApiError(await history("", general, stranger.token), 403, "forbidden");
    // 403 comes before the channel check, a malformed query before both.
    expectApiError(await history("", "noSuchChannel", stranger.token), 403, "forbidden");
    expectApiError(await history("?limit=0", "noSuchChannel", stranger.token), 400, "invalid_request");
    expectApiError(await t.api("GET", `/api/servers/${server.id}/channels/${general}/messages`), 401, "unauthenticated");
  });
});

describe("attachments", () => {
  it("uploads (201), attaches to a message, and downloads for members with safe headers", async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 254, 10, 13]);
    const res = await upload("report.bin", bytes, "Application/X-Custom+json; charset=utf-8");
    expect(res.status).toBe(201);
    expect(validateAttachment(res.body)).toBe(true);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: "report.bin",
      mediaType: "Application/X-Custom+json; charset=utf-8",
      size: bytes.length,
      url: `/api/attachments/${res.body.id}`,
    });
    const download = await t.api("GET", res.body.url, { token: owner.token });
    expect(download.status).toBe(200);
    expect(download.bytes.equals(bytes)).toBe(true);
    expect(download.headers).toMatchObject({
      "content-type": "Application/X-Custom+json; charset=utf-8",
      "content-length": String(bytes.length),
      "x-content-type-options": "nosniff",
      "cache-control": "private",
      "content-disposition": `attachment; filename="report.bin"; filename*=UTF-8''report.bin`,
    });
    expect(download.headers["content-security-policy"]).toContain("sandbox");
  });

  it("keeps the file under a random name in the attachments folder and leaves no spool file", async () => {
    const res = await upload("../../secret name.txt".replace(/\//g, "_"), "hello", "text/plain");
    expect(res.status).toBe(201);
    const files = attachmentFiles();
    expect(files.some((f) => f.includes("secret"))).toBe(false);
    expect(files.some((f) => f.startsWith("."))).toBe(false);
    const stored = files.filter((f) => readFileSync(path.join(t.dir, "attachments", f), "utf8") === "hello");
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("encodes a name no header can carry as RFC 6266 filename*", async () => {
    const name = 'résumé "final"; x=1.pdf';
    const res = await upload(name, "pdf", "application/pdf");
    const download = await t.api("GET", res.body.url, { token: member.token });
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="r_sum_ _final_; x=1.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22%3B%20x%3D1.pdf`,
    );
  });

  it("stores an empty file and exactly 8 MiB", async () => {
    expect((await upload("empty.txt", "")).body).toMatchObject({ size: 0 });
    const full = await upload("full.bin", Buffer.alloc(requestSizeLimit.attachmentBytes, 7));
    expect(full.status).toBe(201);
    expect(full.body.size).toBe(requestSizeLimit.attachmentBytes);
  });

  it("refuses 8 MiB + 1 with 413 and keeps nothing", async () => {
    const before = attachmentFiles();
    const res = await upload("big.bin", Buffer.alloc(requestSizeLimit.attachmentBytes + 1, 1));
    expectApiError(res, 413, "payload_too_large");
    expect(attachmentFiles()).toEqual(before);
  });

  it("refuses a chunked body while reading it once it passes 8 MiB (413), and keeps nothing", async () => {
    const before = attachmentFiles();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: t.server.port,
          method: "POST",
          path: uploadUrl("stream.bin"),
          headers: { authorization: `Bearer ${member.token}`, "content-type": "application/octet-stream", "transfer-encoding": "chunked" },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      const chunk = Buffer.alloc(1024 * 1024, 3);
      let sent = 0;
      const pump = () => {
        while (sent < 9) {
          sent += 1;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect(attachmentFiles()).toEqual(before);
  });

  it("answers a declared Content-Length over 8 MiB with 413 before reading", async () => {
    const res = await t
      .api("POST", uploadUrl("declared.bin"), {
        token: member.token,
        raw: "tiny",
        contentType: "application/octet-stream",
        headers: { "content-length": String(requestSizeLimit.attachmentBytes + 1) },
      })
      .catch((error: Error) => ({ status: -1, error }));
    expect(res.status).toBe(413);
  });

  it("refuses downloads by non-members (403), unknown ids (404), malformed ids (400) and anonymous callers (401)", async () => {
    const res = await upload("members-only.txt", "members only", "text/plain");
    expectApiError(await t.api("GET", res.body.url, { token: stranger.token }), 403, "forbidden");
    expectApiError(await t.api("GET", "/api/attachments/unknownAttachment", { token: owner.token }), 404, "not_found");
    expectApiError(await t.api("GET", "/api/attachments/bad.id", { token: owner.token }), 400, "invalid_request");
    expectApiError(await t.api("GET", res.body.url), 401, "unauthenticated");
    await t.api("POST", `/api/servers/${server.id}/members`, { token: stranger.token });
    expect((await t.api("GET", res.body.url, { token: stranger.token })).text).toBe("members only");
    await t.api("DELETE", `/api/servers/${server.id}/members/me`, { token: stranger.token });
    expectApiError(await t.api("GET", res.body.url, { token: stranger.token }), 403, "forbidden");
  });

  it("shows attachments on the message in the history", async () => {
    const created = await t.api("POST", `/api/servers/${server.id}/channels`, { token: owner.token, body: { name: "files" } });
    const first = await t.api("POST", uploadUrl("a.txt", created.body.id), { token: owner.token, raw: "a", contentType: "text/plain" });
    const second = await t.api("POST", uploadUrl("b.txt", created.body.id), { token: owner.token, raw: "b", contentType: "text/plain" });
    const message = await post(created.body.id, "", [second.body.id, first.body.id]);
    expect(message.attachments).toEqual([second.body, first.body]);
    expect(page(await history("", created.body.id))).toEqual([message]);
  });
});
