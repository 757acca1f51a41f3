// The shell's root: starts the plugin runtime and picks up the tab's session once, links to the plugin manager, shows
// the connection state and who is signed in with Log out, and shows why the runtime failed. Signed out, what plugins
// contribute shows beside the manager; signed in, the chat places it and the plugin settings sit beside the manager.
import { Component, signal } from "@angular/core";
import { TestBed } from "@angular/core/testing";
import { ChatSessionService } from "../domains/chat/chat-session.service";
import { PluginRequirementStateService } from "../domains/plugins/shell/plugin-requirement-state.service";
import { PluginStoreService } from "../domains/plugins/shell/plugin-store.service";
import type { ConnectionState } from "../domains/session/shell-session";
import { AppComponent } from "./app.component";
import { ChatComponent } from "./chat/chat.component";
import { byRole, queryByRole } from "./testing/accessible-dom";

/** The chat has its own spec; here it is an empty element. */
@Component({ selector: "toju-chat", template: "" })
class ChatStubComponent {}

async function render() {
  const store = {
    start: jest.fn(async () => undefined),
    error: signal<string | undefined>(undefined),
    plugins: signal([]),
    unidentified: signal([]),
    discovery: signal(undefined),
    actions: signal([]),
    pages: signal([]),
    panels: signal([]),
    channelSections: signal([]),
    settingsPages: signal([]),
    settingsForms: signal([]),
    commands: signal([]),
    openServer: signal(undefined),
    canManageServer: signal(false),
    missingRequirements: signal([]),
    requirementBadges: signal(new Map()),
  };
  const session = {
    restore: jest.fn(async () => undefined),
    logOut: jest.fn(),
    user: signal<{ id: string; username: string } | undefined>(undefined),
    connection: signal<ConnectionState>("signed-out"),
    currentServer: signal<{ name: string } | undefined>(undefined),
    currentChannel: signal<{ name: string } | undefined>(undefined),
  };
  TestBed.configureTestingModule({
    providers: [
      { provide: PluginStoreService, useValue: store },
      { provide: ChatSessionService, useValue: session },
      { provide: PluginRequirementStateService, useValue: {} },
    ],
  });
  TestBed.overrideComponent(AppComponent, { remove: { imports: [ChatComponent] }, add: { imports: [ChatStubComponent] } });
  const fixture = TestBed.createComponent(AppComponent);
  await fixture.whenStable();
  return { store, session, fixture, root: fixture.nativeElement as HTMLElement };
}

describe("AppComponent", () => {
  it("starts the plugin runtime and the kept session once, and links to the Plugins region", async () => {
    const { store, session, root } = await render();
    expect(store.start).toHaveBeenCalledTimes(1);
    expect(session.restore).toHaveBeenCalledTimes(1);
    const link = byRole(root, "link", "Plugins");
    expect(link.getAttribute("href")).toBe("#plugins");
    expect(byRole(root, "region", "Plugins").id).toBe("plugins");
  });

  it("shows the connection state in the header, and who is signed in with Log out", async () => {
    const { session, fixture, root } = await render();
    const header = root.querySelector("header")!;
    expect(byRole(header, "status", "Not connected to a server")).toBeTruthy();
    expect(queryByRole(header, "button", "Log out")).toBeUndefined();
    session.user.set({ id: "u-1", username: "alice" });
    session.connection.set("reconnecting");
    await fixture.whenStable();
    expect(byRole(header, "status", "Reconnecting…").getAttribute("data-state")).toBe("reconnecting");
    expect(header.textContent).toContain("alice");
    byRole(header, "button", "Log out").click();
    expect(session.logOut).toHaveBeenCalledTimes(1);
    session.currentServer.set({ name: "Game night" });
    session.currentChannel.set({ name: "general" });
    await fixture.whenStable();
    expect(root.ownerDocument.title).toBe("#general · Game night — Toju");
  });

  it("shows the runtime's error as an alert", async () => {
    const { store, fixture, root } = await render();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    store.error.set("The plugins could not start: disk unavailable");
    await fixture.whenStable();
    expect(root.querySelector('[role="alert"]')?.textContent?.trim()).toBe("The plugins could not start: disk unavailable");
  });

  it("shows the plugins' contributions beside the manager while signed out, and the plugin settings once signed in", async () => {
    const { session, store, fixture, root } = await render();
    expect(root.querySelector("toju-plugin-contributions")).not.toBeNull();
    expect(queryByRole(root, "region", "Plugin settings")).toBeUndefined();
    expect(queryByRole(root, "link", "Plugin settings")).toBeUndefined();
    session.user.set({ id: "u-1", username: "alice" });
    await fixture.whenStable();
    expect(root.querySelector("toju-plugin-contributions")).toBeNull();
    const settings = byRole(root, "region", "Plugin settings");
    expect(byRole(root, "link", "Plugin settings").getAttribute("href")).toBe(`#${settings.id}`);
    expect(settings.textContent).toContain("No plugin has settings yet.");
    expect(settings.closest(".plugin-area")).toBe(byRole(root, "region", "Plugins").closest(".plugin-area"));
    store.settingsForms.set([{ pluginId: "link-preview", title: "Link preview", form: { fields: [], unsupported: [] } }] as never);
    await fixture.whenStable();
    expect(settings.querySelector("toju-plugin-settings")).not.toBeNull();
  });
});
