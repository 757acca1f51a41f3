// REST for the connected app: the caller's profile and servers, viewing a server, channels, members, roles, leaving.
import type { Member, Role, ServerSummary } from "@toju/generated/types/contract";
import {
  validateApiError,
  validateChannel,
  validateMember,
  validateRole,
  validateServer,
  validateServerSummary,
  validateUserProfile,
} from "@toju/generated/validators";
import { startTestServer, type HttpResult, type TestServer } from "../testing/harness";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

function expectApiError(res: HttpResult, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(validateApiError(res.body)).toBe(true);
}

const list = <T>(res: HttpResult): T[] => JSON.parse(res.text) as T[];

describe("GET /api/users/me", () => {
  it("is the caller's profile; 401 without a token", async () => {
    const user = await t.register();
    const res = await t.api("GET", "/api/users/me", { token: user.token });
    expect(res.status).toBe(200);
    expect(validateUserProfile(res.body)).toBe(true);
    expect(res.body).toEqual({ id: user.user.id, username: user.user.username });
    expectApiError(await t.api("GET", "/api/users/me"), 401, "unauthenticated");
  });
});

describe("GET /api/servers and GET /api/servers/{serverId}", () => {
  it("lists only the caller's servers, by name without regard to case", async () => {
    const owner = await t.register();
    const other = await t.register();
    const zeta = await t.createServer(owner.token, "zeta");
    const alpha = await t.createServer(owner.token, "Alpha");
    const foreign = await t.createServer(other.token, "Beta");
    expect(list<ServerSummary>(await t.api("GET", "/api/servers", { token: other.token })).map((s) => s.id)).toEqual([foreign.id]);
    await t.api("POST", `/api/servers/${foreign.id}/members`, { token: owner.token });
    const res = await t.api("GET", "/api/servers", { token: owner.token });
    expect(res.status).toBe(200);
    const servers = list<ServerSummary>(res);
    servers.forEach((s) => expect(validateServerSummary(s)).toBe(true));
    expect(servers).toEqual([
      { id: alpha.id, name: "Alpha", ownerId: owner.user.id },
      { id: foreign.id, name: "Beta", ownerId: other.user.id },
      { id: zeta.id, name: "zeta", ownerId: owner.user.id },
    ]);
    expect(list(await t.api("GET", "/api/servers", { token: (await t.register()).token }))).toEqual([]);
    expectApiError(await t.api("GET", "/api/servers"), 401, "unauthenticated");
  });

  it("shows any server with its channels in creation order to any signed-in user; 400, 404, 401", async () => {
    const owner = await t.register();
    const stranger = await t.register();
    const server = await t.createServer(owner.token, "Viewed");
    const created = await t.api("POST", `/api/servers/${server.id}/channels`, { token: owner.token, body: { name: "random" } });
    const res = await t.api("GET", `/api/servers/${server.id}`, { token: stranger.token });
    expect(res.status).toBe(200);
    expect(validateServer(res.body)).toBe(true);
    expect(res.body).toEqual({ ...server, channels: [...server.channels, created.body] });
    expectApiError(await t.api("GET", "/api/servers/bad.id", { token: stranger.token }), 400, "invalid_request");
    expectApiError(await t.api("GET", "/api/servers/noSuchServer", { token: stranger.token }), 404, "not_found");
    expectApiError(await t.api("GET", `/api/servers/${server.id}`), 401, "unauthenticated");
  });
});

describe("POST /api/servers/{serverId}/channels", () => {
  it("creates a channel (201) for manageServer; 409 for a name taken without regard to case; 403 for members; 400 body", async () => {
    const owner = await t.register();
    const member = await t.register();
    const admin = await t.register();
    const server = await t.createServer(owner.token);
    for (const user of [member, admin]) await t.api("POST", `/api/servers/${server.id}/members`, { token: user.token });
    await t.api("PUT", `/api/servers/${server.id}/members/${admin.user.id}/permissions`, {
      token: owner.token,
      body: { manageServer: true },
    });
    const url = `/api/servers/${server.id}/channels`;
    const created = await t.api("POST", url, { token: admin.token, body: { name: "Dice Room" } });
    expect(created.status).toBe(201);
    expect(validateChannel(created.body)).toBe(true);
    expect(created.body.name).toBe("Dice Room");
    for (const name of ["dice room", "DICE ROOM", "General"])
      expectApiError(await t.api("POST", url, { token: owner.token, body: { name } }), 409, "conflict");
    expectApiError(await t.api("POST", url, { token: member.token, body: { name: "mine" } }), 403, "forbidden");
    expectApiError(await t.api("POST", url, { token: owner.token, body: { name: "" } }), 400, "invalid_request");
    expectApiError(await t.api("POST", url, { token: owner.token, body: { name: "x".repeat(129) } }), 400, "invalid_request");
    expectApiError(await t.api("POST", url, { token: owner.token, body: { name: "ok", extra: 1 } }), 400, "invalid_request");
    expectApiError(
      await t.api("POST", "/api/servers/noSuchServer/channels", { token: owner.token, body: { name: "x" } }),
      404,
      "not_found",
    );
    const view = await t.api("GET", `/api/servers/${server.id}`, { token: member.token });
    expect(view.body.channels.map((c: { name: string }) => c.name)).toEqual(["general", "Dice Room"]);
  });
});

describe("GET …/members and …/roles", () => {
  it("lists members with their roles (owner, admin, member) to members only", async () => {
    const owner = await t.register("roles_owner");
    const admin = await t.register("roles_admin");
    const member = await t.register("Roles_member");
    const stranger = await t.register();
    const server = await t.createServer(owner.token);
    for (const user of [admin, member]) await t.api("POST", `/api/servers/${server.id}/members`, { token: user.token });
    await t.api("PUT", `/api/servers/${server.id}/members/${admin.user.id}/permissions`, {
      token: owner.token,
      body: { manageServer: true },
    });
    const res = await t.api("GET", `/api/servers/${server.id}/members`, { token: member.token });
    expect(res.status).toBe(200);
    const members = list<Member>(res);
    members.forEach((m) => expect(validateMember(m)).toBe(true));
    expect(members).toEqual([
      { userId: admin.user.id, username: "roles_admin", roles: ["admin"] },
      { userId: member.user.id, username: "Roles_member", roles: ["member"] },
      { userId: owner.user.id, username: "roles_owner", roles: ["owner"] },
    ]);
    expectApiError(await t.api("GET", `/api/servers/${server.id}/members`, { token: stranger.token }), 403, "forbidden");
    expectApiError(await t.api("GET", `/api/servers/noSuchServer/members`, { token: stranger.token }), 404, "not_found");
    expectApiError(await t.api("GET", `/api/servers/${server.id}/members`), 401, "unauthenticated");
  });

  it("lists the three roles with their permissions to members only", async () => {
    const owner = await t.register();
    const stranger = await t.register();
    const server = await t.createServer(owner.token);
    const res = await t.api("GET", `/api/servers/${server.id}/roles`, { token: owner.token });
    expect(res.status).toBe(200);
    const roles = list<Role>(res);
    roles.forEach((r) => expect(validateRole(r)).toBe(true));
    expect(roles).toEqual([
      { id: "owner", name: "Owner", permissions: ["manageServer", "manageMembers"] },
      { id: "admin", name: "Admin", permissions: ["manageServer"] },
      { id: "member", name: "Member", permissions: [] },
    ]);
    expectApiError(await t.api("GET", `/api/servers/${server.id}/roles`, { token: stranger.token }), 403, "forbidden");
  });
});

describe("DELETE /api/servers/{serverId}/members/me", () => {
  it("ends the membership (204), then the member routes refuse (403); the owner cannot leave (409)", async () => {
    const owner = await t.register();
    const member = await t.register();
    const server = await t.createServer(owner.token);
    await t.api("POST", `/api/servers/${server.id}/members`, { token: member.token });
    const url = `/api/servers/${server.id}/members/me`;
    const left = await t.api("DELETE", url, { token: member.token });
    expect({ status: left.status, text: left.text }).toEqual({ status: 204, text: "" });
    expectApiError(await t.api("DELETE", url, { token: member.token }), 403, "forbidden");
    expectApiError(await t.api("GET", `/api/servers/${server.id}/members`, { token: member.token }), 403, "forbidden");
    expect(list<ServerSummary>(await t.api("GET", "/api/servers", { token: member.token }))).toEqual([]);
    expectApiError(await t.api("DELETE", url, { token: owner.token }), 409, "conflict");
    expect(list<Member>(await t.api("GET", `/api/servers/${server.id}/members`, { token: owner.token })).map((m) => m.userId)).toEqual([
      owner.user.id,
    ]);
    const rejoined = await t.api("POST", `/api/servers/${server.id}/members`, { token: member.token });
    expect(rejoined.body).toMatchObject({ userId: member.user.id, owner: false });
  });
});
