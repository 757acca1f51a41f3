// PluginRequirementStateService in TestBed: the open server's requirements, live from the websocket, decide what runs
// (blocked plugins stop with the reason, unblocked ones start, server-scoped ones run only where listed), and the
// running set goes back to the server as set_active_plugins.
import { TestBed } from "@angular/core/testing";
import type { PluginRequirement, PluginRequirementsSnapshot, TojuPluginManifest } from "@toju/generated/types/contract";
import type { TojuPluginActivationContext } from "@toju/contracts/sdk/toju-plugin-sdk";
import { provideChatSession } from "../../chat/chat.providers";
import { ChatSessionService } from "../../chat/chat-session.service";
import { fakeConnection } from "../../chat/testing/fake-connection";
import { PluginHostService } from "./plugin-host.service";
import { PluginRequirementStateService } from "./plugin-requirement-state.service";
import { providePluginRuntime } from "./plugin-runtime.providers";
import { shellManifest } from "./testing/fake-desktop";
import { fakeRuntime } from "./testing/fake-runtime";

const dice = shellManifest("dice-roller", { title: "Dice roller" });
const board = shellManifest("game-board", { title: "Game board", scope: "server" });

async function setup() {
  const runtime = fakeRuntime();
  const heard: PluginRequirementsSnapshot[] = [];
  runtime.desktop.install(dice, {
    onServerRequirementsChanged: (_context: TojuPluginActivationContext, snapshot: PluginRequirementsSnapshot) => void heard.push(snapshot),
  });
  runtime.desktop.install(board);
  const connection = fakeConnection();
  connection.data.account("alice", "correct horse battery");
  TestBed.configureTestingModule({
    providers: [providePluginRuntime(), provideChatSession(), ...runtime.providers, ...connection.providers],
  });
  const hosts = TestBed.inject(PluginHostService);
  const state = TestBed.inject(PluginRequirementStateService);
  const session = TestBed.inject(ChatSessionService);
  await hosts.start();
  await session.logIn("alice", "correct horse battery");
  const server = await session.createServer("Game night");
  await settle(hosts);
  const status = (id: string) => hosts.statuses().find((plugin) => plugin.pluginId === id)!;
  /** The admin changed the server's requirements: the websocket brings the new snapshot. */
  const change = async (revision: number, requirements: Omit<PluginRequirement, "updatedAt">[]) => {
    const snapshot = {
      serverId: server.id,
      revision,
      requirements: requirements.map((r) => ({ ...r, updatedAt: "2026-12-01T09:00:00.000Z" })),
      events: [],
    };
    connection.socket.deliver({ type: "plugin_requirements_changed", serverId: server.id, snapshot });
    await settle(hosts);
  };
  return { ...connection, hosts, state, session, server, status, change, heard };
}

async function settle(hosts: PluginHostService) {
  for (let i = 0; i < 3; i += 1) {
    TestBed.tick();
    await hosts.whenIdle();
  }
}

const manifestOf = (m: TojuPluginManifest) => m;

describe("PluginRequirementStateService", () => {
  it("runs global plugins anywhere and a server-scoped one only in a server that lists it", async () => {
    const { status, state, socket, server, change } = await setup();
    expect(status("dice-roller").state).toBe("loaded");
    expect(status("game-board")).toMatchObject({ state: "validated", reasonCode: "not_required_by_server" });
    expect(socket.activePlugins.get(server.id)).toEqual(["dice-roller"]);
    await change(1, [{ pluginId: "game-board", status: "required", manifest: manifestOf(board) }]);
    expect(status("game-board").state).toBe("loaded");
    expect(state.activePluginIds()).toEqual(["dice-roller", "game-board"]);
    expect(socket.activePlugins.get(server.id)).toEqual(["dice-roller", "game-board"]);
  });

  it("stops a plugin the server blocks, with the reason, and starts it again when unblocked", async () => {
    const { status, socket, server, change, heard } = await setup();
    await change(1, [{ pluginId: "dice-roller", status: "blocked" }]);
    expect(status("dice-roller")).toMatchObject({ state: "blocked", reasonCode: "server_blocked" });
    expect(status("dice-roller").reason).toContain("This server does not allow");
    expect(socket.activePlugins.get(server.id)).toEqual([]);
    await change(2, []);
    expect(status("dice-roller").state).toBe("loaded");
    expect(socket.activePlugins.get(server.id)).toEqual(["dice-roller"]);
    expect(heard.map((snapshot) => snapshot.revision)).toContain(2);
  });

  it("hears the same revision once: a reconnect's server_joined tells the plugins nothing new", async () => {
    const { socket, server, change, heard, hosts } = await setup();
    await change(4, []);
    const before = heard.length;
    socket.deliver({
      type: "server_joined",
      serverId: server.id,
      pluginRequirements: { serverId: server.id, revision: 4, requirements: [], events: [] },
    });
    await settle(hosts);
    expect(heard).toHaveLength(before);
  });

  it("forgets the server's requirements when the user signs out", async () => {
    const { status, session, change, hosts } = await setup();
    await change(1, [{ pluginId: "game-board", status: "required" }]);
    expect(status("game-board").state).toBe("loaded");
    session.logOut();
    await settle(hosts);
    expect(status("game-board")).toMatchObject({ state: "validated", reasonCode: "not_required_by_server" });
    expect(status("dice-roller").state).toBe("loaded");
  });
});
