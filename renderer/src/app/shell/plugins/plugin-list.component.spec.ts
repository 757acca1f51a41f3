// The plugin manager as people see it: a region "Plugins", one list item per plugin named by its title and state, its
// source, the consent prompt in plain words, a checkbox per capability, Enable/Disable and Reload, the open server's
// requirement badges and, for an admin, the requirement buttons; on the real runtime over a fake desktop and session.
import { TestBed } from "@angular/core/testing";
import type { TojuPluginActivationContext } from "@toju/contracts/sdk/toju-plugin-sdk";
import { SHELL_SESSION } from "../../domains/session/shell-session";
import { providePluginRuntime } from "../../domains/plugins/shell/plugin-runtime.providers";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { shellManifest } from "../../domains/plugins/shell/testing/fake-desktop";
import { fakeRuntime, type FakeRuntime } from "../../domains/plugins/shell/testing/fake-runtime";
import { FakeShellSession } from "../../domains/plugins/shell/testing/fake-shell-session";
import { accessibleName, allByRole, byRole, queryByRole } from "../testing/accessible-dom";
import { PluginListComponent } from "./plugin-list.component";

const counter = shellManifest("click-counter", {
  title: "Click counter",
  capabilities: ["ui.actions", "storage.local"],
  ui: { actions: [{ id: "count", title: "Count a click" }] },
});
const counterModule = {
  activate: ({ api, subscriptions }: TojuPluginActivationContext) =>
    void subscriptions.push(api.ui.registerAction({ id: "count", title: "Count a click", run: () => undefined })),
};

async function render(prepare: (runtime: FakeRuntime & { session: FakeShellSession }) => void = () => undefined) {
  const runtime = { ...fakeRuntime(), session: new FakeShellSession() };
  prepare(runtime);
  TestBed.configureTestingModule({
    providers: [providePluginRuntime(), ...runtime.providers, { provide: SHELL_SESSION, useValue: runtime.session }],
  });
  const store = TestBed.inject(PluginStoreService);
  const fixture = TestBed.createComponent(PluginListComponent);
  await store.start();
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const plugins = () => byRole(root, "region", "Plugins");
  const item = (name: RegExp) => byRole(plugins(), "listitem", name);
  const nameOf = (name: RegExp) => accessibleName(item(name));
  /** Clicks and waits until the command's plans have run and the view shows them. */
  const click = async (element: HTMLElement) => {
    element.click();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  return { ...runtime, store, fixture, root, plugins, item, nameOf, click, settle: () => fixture.whenStable() };
}

describe("PluginListComponent", () => {
  it("lists each plugin as an item named by its title and state, with its folder and why it is blocked", async () => {
    const { plugins, item, nameOf } = await render(({ desktop }) => {
      desktop.install(counter, counterModule);
      desktop.install(shellManifest("quiet", { title: "Quiet one" }));
    });
    expect(allByRole(plugins(), "listitem").filter((li) => li.classList.contains("plugin"))).toHaveLength(2);
    expect(nameOf(/^Quiet one/)).toBe("Quiet one loaded");
    const blocked = item(/^Click counter blocked$/);
    expect(blocked.querySelector(".source")?.textContent?.trim()).toBe("Local folder /data/plugins/click-counter");
    expect(blocked.querySelector(".reason")?.getAttribute("data-code")).toBe("capabilities_not_granted");
    expect(blocked.querySelector(".reason")?.textContent).toContain("ui.actions, storage.local");
  });

  it("says a plugin installed from a URL came from there", async () => {
    const { item } = await render(({ desktop }) => {
      desktop.install(shellManifest("quiet", { title: "Quiet one" }));
      const list = desktop.listLocalPluginManifests.bind(desktop);
      desktop.listLocalPluginManifests = async () => {
        const found = await list();
        found.plugins[0].source = {
          url: "https://plugins.example/quiet.json",
          origin: "https://plugins.example",
          installedAt: "2026-03-01T10:00:00.000Z",
        };
        return found;
      };
    });
    expect(
      item(/^Quiet one/)
        .querySelector(".source")
        ?.textContent?.replace(/\s+/g, " ")
        .trim(),
    ).toBe("Installed from https://plugins.example/quiet.json");
  });

  it("asks for consent in a dialog named after the plugin, a plain line per capability; Grant starts it", async () => {
    const { item, click, nameOf } = await render(({ desktop }) => desktop.install(counter, counterModule));
    const prompt = byRole(item(/^Click counter/), "dialog", "Click counter");
    expect(prompt.textContent).toContain("asks to");
    expect(Array.from(prompt.querySelectorAll(".capabilities li"), (li) => li.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      "Add buttons to menus and the message composer. ui.actions",
      "Keep its own data on this device. storage.local",
    ]);
    await click(byRole(prompt, "button", "Grant"));
    expect(nameOf(/^Click counter/)).toBe("Click counter loaded");
    const running = item(/^Click counter/);
    expect(queryByRole(running, "dialog", "Click counter")).toBeUndefined();
    expect(allByRole(running, "checkbox").map((box) => (box as HTMLInputElement).checked)).toEqual([true, true]);
  });

  it("has a checkbox per capability, named by its id and described in plain words, that grants or revokes it", async () => {
    const { item, click, nameOf } = await render(({ desktop }) => desktop.install(counter, counterModule));
    const box = () => byRole(item(/^Click counter/), "checkbox", "ui.actions") as HTMLInputElement;
    expect(document.getElementById(box().getAttribute("aria-describedby")!)?.textContent).toBe(
      "Add buttons to menus and the message composer.",
    );
    await click(box());
    expect(nameOf(/^Click counter/)).toBe("Click counter loaded");
    expect(box().checked).toBe(true);
    expect(byRole(item(/^Click counter/), "dialog", "Click counter").textContent).toContain("now also asks to");
    await click(box());
    expect(nameOf(/^Click counter/)).toBe("Click counter blocked");
  });

  it("says 'You denied' after Deny and 'You disabled' after Disable", async () => {
    const { item, click, nameOf } = await render(({ desktop }) => {
      desktop.install(counter, counterModule);
      desktop.install(shellManifest("quiet", { title: "Quiet one" }));
    });
    await click(byRole(item(/^Click counter/), "button", "Deny"));
    expect(nameOf(/^Click counter/)).toBe("Click counter disabled");
    expect(
      item(/^Click counter/)
        .querySelector(".choice")
        ?.textContent?.trim(),
    ).toBe("You denied Click counter what it asks for; enable it to be asked again.");
    expect(item(/^Click counter/).textContent).not.toContain("You disabled");
    await click(byRole(item(/^Quiet one/), "button", "Disable"));
    expect(
      item(/^Quiet one/)
        .querySelector(".choice")
        ?.textContent?.trim(),
    ).toBe("You disabled Quiet one.");
  });

  it("disables and enables a plugin, offering Reload only while it is enabled", async () => {
    const { item, click, nameOf, desktop } = await render(({ desktop }) => desktop.install(shellManifest("quiet", { title: "Quiet one" })));
    expect(queryByRole(item(/^Quiet one/), "button", "Reload")?.className).toBe("reload");
    await click(byRole(item(/^Quiet one/), "button", "Disable"));
    expect(nameOf(/^Quiet one/)).toBe("Quiet one disabled");
    expect(desktop.disabled.pluginIds).toEqual(["quiet"]);
    expect(queryByRole(item(/^Quiet one/), "button", "Reload")).toBeUndefined();
    await click(byRole(item(/^Quiet one/), "button", "Enable"));
    expect(nameOf(/^Quiet one/)).toBe("Quiet one loaded");
    expect(desktop.disabled.pluginIds).toEqual([]);
  });

  it("reloads a plugin", async () => {
    let activations = 0;
    const { item, click, nameOf } = await render(({ desktop }) =>
      desktop.install(shellManifest("quiet", { title: "Quiet one" }), { activate: () => void activations++ }),
    );
    await click(byRole(item(/^Quiet one/), "button", "Reload"));
    expect(activations).toBe(2);
    expect(nameOf(/^Quiet one/)).toBe("Quiet one loaded");
  });

  it("shows every issue of an invalid manifest with its pointer and code, and offers neither consent nor Reload", async () => {
    const { item, nameOf } = await render(({ desktop }) =>
      desktop.manifests.set("broken", { ...counter, id: "broken-plugin", version: "one", capabilities: ["ui.actions", "teleport"] }),
    );
    expect(nameOf(/^broken-plugin/)).toBe("broken-plugin discovered");
    const broken = item(/^broken-plugin/);
    expect(broken.querySelector(".reason")?.getAttribute("data-code")).toBe("invalid_manifest");
    const issues = Array.from(broken.querySelectorAll(".issues li"), (li) => [li.getAttribute("data-path"), li.getAttribute("data-code")]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["/version", expect.any(String)],
        ["/capabilities/1", expect.any(String)],
      ]),
    );
    expect(broken.querySelector(".issue-count")?.textContent).toContain(`${issues.length} issues`);
    expect(queryByRole(broken, "dialog", /./)).toBeUndefined();
    expect(allByRole(broken, "checkbox")).toEqual([]);
    expect(queryByRole(broken, "button", "Reload")).toBeUndefined();
  });

  it("lists manifests that name no plugin id, and the folders discovery refused", async () => {
    const { plugins } = await render(({ desktop }) => {
      desktop.manifests.set("nameless", { title: "No id", version: "x" });
      const list = desktop.listLocalPluginManifests.bind(desktop);
      desktop.listLocalPluginManifests = async () => ({
        ...(await list()),
        errors: [
          { path: "/data/plugins/garbled/toju-plugin.json", code: "invalid_json", message: "Unexpected token" },
          {
            path: "/data/plugins/lost/toju-plugin.json",
            code: "missing_file",
            message: "entrypoint: missing.js does not exist",
            issues: [
              { code: "missing_file", path: "/entrypoint", message: "missing.js does not exist" },
              { code: "invalid_version", path: "/version", message: "'1.x' is not a valid semver version" },
            ],
          },
        ],
      });
    });
    const nameless = byRole(plugins(), "listitem", "/data/plugins/nameless/toju-plugin.json");
    expect(nameless.querySelectorAll(".issues li").length).toBeGreaterThan(1);
    expect(plugins().querySelector(".refused")?.textContent).toContain(
      "/data/plugins/garbled/toju-plugin.json Unexpected token [invalid_json]",
    );
    const lost = plugins().querySelector('.refused li[data-code="missing_file"]')!;
    expect(Array.from(lost.querySelectorAll(".issues li"), (li) => li.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      expect.stringContaining("/entrypoint"),
      expect.stringContaining("/version"),
    ]);
  });

  it("says where to put plugins when there are none", async () => {
    const { plugins } = await render();
    expect(plugins().textContent).toContain("Folder: /data/plugins");
    expect(plugins().textContent).toContain("No local plugins yet");
  });
});

describe("PluginListComponent and the open server", () => {
  it("shows the requirement badges of the open server, and follows their changes", async () => {
    const { session, item, plugins, settle } = await render(({ desktop }) => {
      desktop.install(counter, counterModule);
      desktop.install(shellManifest("quiet", { title: "Quiet one" }));
    });
    session.signIn("u-alice");
    session.openServer([
      { pluginId: "click-counter", status: "required", versionRange: "^1.0.0" },
      { pluginId: "quiet", status: "recommended" },
      { pluginId: "whiteboard", status: "required" },
    ]);
    await settle();
    const badge = (name: RegExp) => item(name).querySelector(".requirement-badge")?.textContent?.replace(/\s+/g, " ").trim();
    expect(badge(/^Click counter/)).toBe("Required by this server, not running (^1.0.0)");
    expect(badge(/^Quiet one/)).toBe("Recommended by this server");
    expect(byRole(plugins(), "listitem", "whiteboard: Required but missing").getAttribute("data-plugin-id")).toBe("whiteboard");
    session.requirements.set({
      ...session.requirements()!,
      revision: 2,
      requirements: [
        { pluginId: "click-counter", status: "incompatible", updatedAt: "2026-03-01T12:00:00.000Z" },
        { pluginId: "quiet", status: "blocked", updatedAt: "2026-03-01T12:00:00.000Z" },
      ],
    });
    await settle();
    expect(badge(/^Click counter/)).toBe("Incompatible with this server");
    expect(badge(/^Quiet one/)).toBe("Blocked by this server");
    expect(plugins().querySelector(".missing-requirements")).toBeNull();
  });

  it("offers an admin Require on this server, Recommend, Block and Remove requirement for a local plugin", async () => {
    const { session, item, click, settle } = await render(({ desktop }) => desktop.install(shellManifest("quiet", { title: "Quiet one" })));
    session.signIn("u-alice");
    session.openServer([], false);
    await settle();
    expect(queryByRole(item(/^Quiet one/), "button", "Block")).toBeUndefined();
    session.canManageServer.set(true);
    await settle();
    const admin = () => byRole(item(/^Quiet one/), "group", "Requirement of Quiet one on this server");
    expect(queryByRole(admin(), "button", "Remove requirement")).toBeUndefined();
    await click(byRole(admin(), "button", "Require on this server"));
    expect(
      item(/^Quiet one/)
        .querySelector(".requirement-badge")
        ?.textContent?.trim(),
    ).toBe("Required by this server");
    await click(byRole(admin(), "button", "Recommend"));
    await click(byRole(admin(), "button", "Block"));
    await click(byRole(admin(), "button", "Remove requirement"));
    expect(session.calls).toEqual([
      "put quiet required with manifest",
      "put quiet recommended with manifest",
      "put quiet blocked with manifest",
      "delete quiet",
    ]);
    expect(item(/^Quiet one/).querySelector(".requirement-badge")).toBeNull();
  });
});
