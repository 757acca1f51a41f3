// ChatSessionService in TestBed on an in-memory server: signing in and out, a session that survives a reload, the
// open server kept live from the websocket, and its plugin requirements as the ShellSession reports them.
import { TestBed } from "@angular/core/testing";
import type { PluginRequirementsSnapshot } from "@toju/generated/types/contract";
import { SHELL_SESSION } from "../session/shell-session";
import { provideChatSession } from "./chat.providers";
import { ChatSessionService } from "./chat-session.service";
import { FakeServerData, MemoryStorage, fakeConnection } from "./testing/fake-connection";

function setup(data = new FakeServerData(), storage = new MemoryStorage()) {
  TestBed.resetTestingModule();
  const connection = fakeConnection(data, storage);
  TestBed.configureTestingModule({ providers: [provideChatSession(), ...connection.providers] });
  return { ...connection, session: TestBed.inject(ChatSessionService) };
}

const snapshot = (serverId: string, revision: number, pluginId = "dice-roller"): PluginRequirementsSnapshot => ({
  serverId,
  revision,
  requirements: [{ pluginId, status: "blocked", updatedAt: "2026-12-01T09:00:00.000Z" }],
  events: [],
});

describe("ChatSessionService", () => {
  it("is the ShellSession", () => {
    const { session } = setup();
    expect(TestBed.inject(SHELL_SESSION)).toBe(session);
  });

  it("signs a new account in at once and keeps only its token in sessionStorage", async () => {
    const { session, storage, socket } = setup();
    await session.createAccount("alice", "correct horse battery");
    expect(session.user()).toMatchObject({ username: "alice" });
    expect(session.connection()).toBe("connected");
    expect(socket.token).toBeDefined();
    const kept = [...storage.items.values()].join("");
    expect(kept).toContain(socket.token);
    expect(kept).not.toContain("correct horse battery");
    expect(session.servers()).toEqual([]);
  });

  it("keeps the session across a reload of the tab, reopening the server and channel that were open", async () => {
    const first = setup();
    await first.session.createAccount("alice", "correct horse battery");
    const server = await first.session.createServer("Game night");
    await first.session.createChannel("dice");
    const dice = first.session.currentChannelId();

    const reloaded = setup(first.data, first.storage);
    expect(reloaded.session.user()).toBeUndefined();
    await reloaded.session.restore();
    expect(reloaded.session.user()).toMatchObject({ username: "alice" });
    expect(reloaded.session.currentServer()?.id).toBe(server.id);
    expect(reloaded.session.currentChannelId()).toBe(dice);
    expect(reloaded.socket.token).toBe(first.socket.token);
    expect(reloaded.socket.watched.get(server.id)).toBe("join");
  });

  it("ends a kept session the server no longer knows, and says why", async () => {
    const first = setup();
    await first.session.createAccount("alice", "correct horse battery");
    first.data.tokens.clear();
    const reloaded = setup(first.data, first.storage);
    await reloaded.session.restore();
    expect(reloaded.session.user()).toBeUndefined();
    expect(reloaded.session.error()).toContain("Log in again");
    expect(first.storage.items.size).toBe(0);
  });

  it("opens a created server: joins it on the websocket, loads members and roles, and lets its owner manage it", async () => {
    const { session, socket } = setup();
    await session.createAccount("alice", "correct horse battery");
    const server = await session.createServer("Game night");
    expect(session.servers().map((s) => s.name)).toEqual(["Game night"]);
    expect(session.currentServer()?.id).toBe(server.id);
    expect(session.currentChannel()?.name).toBe("general");
    expect(socket.watched.get(server.id)).toBe("join");
    expect(session.members()).toEqual([expect.objectContaining({ username: "alice", roles: ["owner"] })]);
    expect(session.roles().map((role) => role.id)).toEqual(["owner", "admin", "member"]);
    expect(session.canManageServer()).toBe(true);
    expect(session.requirements()).toEqual({ serverId: server.id, revision: 0, requirements: [], events: [] });
  });

  it("joins a server by its ID as a member who may not manage it", async () => {
    const data = new FakeServerData();
    const owner = data.account("owner");
    const server = data.server("Book club", owner.user.id);
    const { session } = setup(data);
    await session.createAccount("bob", "another good password");
    await session.joinServer(server.id);
    expect(session.servers().map((s) => s.id)).toEqual([server.id]);
    expect(session.currentServer()?.name).toBe("Book club");
    expect(session.canManageServer()).toBe(false);
    await expect(session.joinServer("s-nothing")).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps the open server live: members come and go, channels appear, requirements change by revision", async () => {
    const { session, socket } = setup();
    await session.createAccount("alice", "correct horse battery");
    const server = await session.createServer("Game night");
    socket.deliver({
      type: "member_joined",
      serverId: server.id,
      userId: "u-bob",
      member: { userId: "u-bob", username: "bob", roles: ["member"] },
    });
    socket.deliver({
      type: "member_joined",
      serverId: "s-other",
      userId: "u-eve",
      member: { userId: "u-eve", username: "eve", roles: ["member"] },
    });
    expect(session.members().map((m) => m.username)).toEqual(["alice", "bob"]);
    socket.deliver({ type: "member_left", serverId: server.id, userId: "u-bob" });
    expect(session.members().map((m) => m.username)).toEqual(["alice"]);
    socket.deliver({ type: "channel_created", serverId: server.id, channel: { id: "c-new", name: "dice" } });
    expect(session.currentServer()?.channels.map((c) => c.name)).toEqual(["general", "dice"]);

    const changed = snapshot(server.id, 2);
    socket.deliver({ type: "plugin_requirements_changed", serverId: server.id, snapshot: changed });
    expect(session.requirements()).toBe(changed);
    socket.deliver({ type: "plugin_requirements_changed", serverId: server.id, snapshot: snapshot(server.id, 2, "other") });
    socket.deliver({ type: "plugin_requirements_changed", serverId: server.id, snapshot: snapshot(server.id, 1, "older") });
    socket.deliver({ type: "plugin_requirements_changed", serverId: "s-other", snapshot: snapshot("s-other", 9) });
    expect(session.requirements()).toBe(changed);
  });

  it("tells the open server which plugins run, again for each server opened, and leaves the one it switched from", async () => {
    const { session, socket } = setup();
    await session.createAccount("alice", "correct horse battery");
    session.setActivePlugins(["dice-roller"]);
    const first = await session.createServer("Game night");
    expect(socket.activePlugins.get(first.id)).toEqual(["dice-roller"]);
    session.setActivePlugins(["click-counter", "dice-roller"]);
    expect(socket.activePlugins.get(first.id)).toEqual(["click-counter", "dice-roller"]);
    const second = await session.createServer("Book club");
    expect(socket.left).toEqual([first.id]);
    expect(socket.activePlugins.get(second.id)).toEqual(["click-counter", "dice-roller"]);
    expect(session.requirements()?.serverId).toBe(second.id);
  });

  it("puts and deletes requirements on the open server", async () => {
    const { session, rest } = setup();
    await expect(session.putRequirement("dice-roller", { status: "blocked" })).rejects.toThrow("no server is open");
    await session.createAccount("alice", "correct horse battery");
    const server = await session.createServer("Game night");
    await session.putRequirement("dice-roller", { status: "required" });
    await session.deleteRequirement("dice-roller");
    expect(rest.putPluginRequirement).toHaveBeenCalledWith(server.id, "dice-roller", { status: "required" });
    expect(rest.deletePluginRequirement).toHaveBeenCalledWith(server.id, "dice-roller");
  });

  it("logs out, or is logged out when the server refuses the token: nothing of the session stays", async () => {
    const { session, socket, storage } = setup();
    await session.createAccount("alice", "correct horse battery");
    await session.createServer("Game night");
    session.logOut();
    expect([session.user(), session.currentServer(), session.requirements(), storage.items.size]).toEqual([
      undefined,
      undefined,
      undefined,
      0,
    ]);
    expect(session.connection()).toBe("signed-out");

    await session.logIn("alice", "correct horse battery");
    expect(session.currentServer()?.name).toBe("Game night");
    socket.refuseToken();
    expect(session.user()).toBeUndefined();
    expect(session.error()).toContain("Log in again");
    await expect(session.logIn("alice", "wrong password")).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
