// Installing, updating and uninstalling in the plugin manager as people do it, by role and name: the Plugin URL field
// and a requirement's Install offer, the dialog naming the origin (Allow / Cancel), progress and refusals, Update on a
// plugin installed from a URL, and Uninstall with its confirmation; on the real runtime over a fake desktop and session.
import { TestBed } from "@angular/core/testing";
import type { TojuPluginManifest } from "@toju/generated/types/contract";
import { providePluginRuntime } from "../../domains/plugins/shell/plugin-runtime.providers";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { remoteManifest, shellManifest } from "../../domains/plugins/shell/testing/fake-desktop";
import { fakeRuntime, type FakeRuntime } from "../../domains/plugins/shell/testing/fake-runtime";
import { FakeShellSession } from "../../domains/plugins/shell/testing/fake-shell-session";
import { lendWebCryptoToJsdom, sha384Integrity } from "../../domains/plugins/shell/testing/jsdom-web-crypto";
import { SHELL_SESSION } from "../../domains/session/shell-session";
import { accessibleName, byRole, queryByRole } from "../testing/accessible-dom";
import { PluginListComponent } from "./plugin-list.component";

const ORIGIN = "https://plugins.example";
const POLL_URL = `${ORIGIN}/poll/toju-plugin.json`;
const poll = (overrides: Partial<TojuPluginManifest> = {}) =>
  remoteManifest(
    "poll",
    { url: `${ORIGIN}/poll/bundle.js`, integrity: sha384Integrity("poll") },
    { title: "Poll", capabilities: ["storage.local"], ...overrides },
  );

beforeAll(lendWebCryptoToJsdom);

async function render(prepare: (runtime: FakeRuntime & { session: FakeShellSession }) => void = () => undefined) {
  const runtime = { ...fakeRuntime(), session: new FakeShellSession() };
  prepare(runtime);
  TestBed.configureTestingModule({
    providers: [providePluginRuntime(), ...runtime.providers, { provide: SHELL_SESSION, useValue: runtime.session }],
  });
  const fixture = TestBed.createComponent(PluginListComponent);
  await TestBed.inject(PluginStoreService).start();
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const plugins = () => byRole(root, "region", "Plugins");
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const click = async (element: HTMLElement) => {
    element.click();
    await settle();
  };
  const dialog = (name: string) => byRole(root, "dialog", name);
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, " ").trim();
  /** WebCrypto answers on its own schedule: waits (at most 2 s) until `find` finds what it looks for. */
  const eventually = async <T>(find: () => T | undefined, what: string): Promise<T> => {
    for (const deadline = Date.now() + 2000; Date.now() < deadline; await settle()) {
      const found = find();
      if (found !== undefined) return found;
    }
    throw new Error(`never found ${what}`);
  };
  const itemNamed = (name: string) => eventually(() => queryByRole(plugins(), "listitem", name), `a plugin named "${name}"`);
  return { ...runtime, fixture, root, plugins, settle, click, dialog, text, eventually, itemNamed };
}

describe("Installing from a pasted Plugin URL", () => {
  it("asks in a dialog naming the origin, with Cancel focused; Cancel installs nothing", async () => {
    const { plugins, root, click, dialog, desktop, settle, fixture } = await render(({ desktop }) => desktop.publish(POLL_URL, poll()));
    const field = byRole(plugins(), "textbox", "Plugin URL") as HTMLInputElement;
    expect((byRole(plugins(), "button", "Install") as HTMLButtonElement).disabled).toBe(true);
    field.value = POLL_URL;
    field.dispatchEvent(new Event("input"));
    await settle();
    await click(byRole(plugins(), "button", "Install"));
    fixture.detectChanges();
    const asking = dialog(`Allow plugins from ${ORIGIN}?`);
    expect(asking.getAttribute("aria-modal")).toBe("true");
    expect(asking.textContent).toContain(POLL_URL);
    expect(document.activeElement).toBe(byRole(asking, "button", "Cancel"));
    await click(byRole(asking, "button", "Cancel"));
    expect(queryByRole(root, "dialog", /Allow plugins/)).toBeUndefined();
    expect(desktop.calls.filter((call) => call.startsWith("installPluginFromUrl"))).toEqual([]);
    expect(desktop.grants.approvedInstallOrigins).toBeUndefined();
  });

  it("Escape cancels the dialog too", async () => {
    const { plugins, root, click, dialog, settle } = await render(({ desktop }) => desktop.publish(POLL_URL, poll()));
    const field = byRole(plugins(), "textbox", "Plugin URL") as HTMLInputElement;
    field.value = POLL_URL;
    field.dispatchEvent(new Event("input"));
    await settle();
    await click(byRole(plugins(), "button", "Install"));
    dialog(`Allow plugins from ${ORIGIN}?`).dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await settle();
    expect(queryByRole(root, "dialog", /Allow plugins/)).toBeUndefined();
  });

  it("Allow installs: the plugin appears with its source URL and asks for consent; Grant starts it", async () => {
    const { plugins, click, dialog, desktop, settle, text, itemNamed, eventually } = await render(({ desktop }) =>
      desktop.publish(POLL_URL, poll()),
    );
    const field = byRole(plugins(), "textbox", "Plugin URL") as HTMLInputElement;
    field.value = POLL_URL;
    field.dispatchEvent(new Event("input"));
    await settle();
    await click(byRole(plugins(), "button", "Install"));
    await click(byRole(dialog(`Allow plugins from ${ORIGIN}?`), "button", "Allow"));
    await settle();
    expect(desktop.grants.approvedInstallOrigins).toEqual([ORIGIN]);
    expect(text(await eventually(() => queryByRole(plugins(), "status", /^Installed Poll/), "the outcome"))).toBe(
      "Installed Poll 1.0.0. Grant what it asks for to start it.",
    );
    const item = () => byRole(plugins(), "listitem", /^Poll /);
    expect(accessibleName(item())).toBe("Poll blocked");
    expect(text(item().querySelector(".source"))).toBe(`Installed from ${POLL_URL}`);
    await click(byRole(byRole(item(), "dialog", "Poll"), "button", "Grant"));
    await itemNamed("Poll loaded");
  });

  it("shows a refusal as an alert naming what went wrong, with the desktop's details", async () => {
    const { plugins, click, settle, text } = await render(({ desktop }) => {
      desktop.grants = { schemaVersion: 1, grants: [], approvedInstallOrigins: [ORIGIN] };
      desktop.refuseInstall = () => ({
        code: "invalid_manifest",
        message: "the downloaded manifest is invalid (1 issue(s))",
        details: [{ path: "/version", message: "schema: must match pattern" }],
      });
    });
    const field = byRole(plugins(), "textbox", "Plugin URL") as HTMLInputElement;
    field.value = POLL_URL;
    field.dispatchEvent(new Event("input"));
    await settle();
    await click(byRole(plugins(), "button", "Install"));
    const alert = byRole(plugins(), "alert", /failed/);
    expect(text(alert.querySelector("p"))).toBe(
      `Installing ${POLL_URL} failed. Invalid manifest: the downloaded manifest is invalid (1 issue(s))`,
    );
    expect(text(alert.querySelector("li"))).toBe("/version: schema: must match pattern");
  });
});

describe("Installing what the open server requires", () => {
  it("offers Install for a missing requirement with an installUrl, and shows progress while the desktop downloads", async () => {
    let finish!: () => void;
    const { plugins, click, settle, session, desktop, text, root } = await render(({ desktop }) => {
      desktop.publish(POLL_URL, poll());
      desktop.grants = { schemaVersion: 1, grants: [], approvedInstallOrigins: [ORIGIN] };
      const download = desktop.installPluginFromUrl.bind(desktop);
      desktop.installPluginFromUrl = async (request) => {
        await new Promise<void>((resolve) => (finish = resolve));
        return download(request);
      };
    });
    session.signIn("u-alice");
    session.openServer([
      { pluginId: "poll", status: "required", installUrl: POLL_URL, manifest: { title: "Poll" } as TojuPluginManifest },
      { pluginId: "karaoke", status: "recommended" },
    ]);
    await settle();
    desktop.profile("u-alice").grants = { schemaVersion: 1, grants: [], approvedInstallOrigins: [ORIGIN] };
    const offer = byRole(plugins(), "listitem", "Poll: Required but missing");
    expect(text(offer.querySelector(".install-url"))).toBe(`from ${POLL_URL}`);
    expect(
      queryByRole(byRole(plugins(), "listitem", "karaoke: Recommended by this server, not installed"), "button", "Install"),
    ).toBeUndefined();
    await click(byRole(offer, "button", "Install"));
    await click(byRole(root, "button", "Allow"));
    const progress = byRole(offer, "status", /^Installing/);
    expect(text(progress)).toBe(`Installing ${POLL_URL}…`);
    expect(progress.getAttribute("aria-busy")).toBe("true");
    expect((byRole(offer, "button", "Install") as HTMLButtonElement).disabled).toBe(true);
    finish();
    await settle();
    await settle();
    expect(desktop.calls).toContain(`installPluginFromUrl ${POLL_URL} poll u-alice`);
    expect(queryByRole(plugins(), "listitem", "Poll: Required but missing")).toBeUndefined();
    expect(accessibleName(byRole(plugins(), "listitem", /^Poll /))).toBe("Poll blocked");
  });
});

describe("Updating and uninstalling in the manager", () => {
  async function installed() {
    const view = await render(({ desktop }) => {
      desktop.publish(POLL_URL, poll());
      desktop.grants = { schemaVersion: 1, grants: [], approvedInstallOrigins: [ORIGIN] };
      desktop.install(shellManifest("quiet", { title: "Quiet one" }));
    });
    const field = byRole(view.plugins(), "textbox", "Plugin URL") as HTMLInputElement;
    field.value = POLL_URL;
    field.dispatchEvent(new Event("input"));
    await view.settle();
    await view.click(byRole(view.plugins(), "button", "Install"));
    await view.click(byRole(byRole(view.plugins(), "listitem", /^Poll /), "button", "Grant"));
    await view.itemNamed("Poll loaded");
    return { ...view, item: (name: RegExp) => byRole(view.plugins(), "listitem", name) };
  }

  it("offers Update only for a plugin installed from a URL, and Uninstall for every plugin folder", async () => {
    const { item } = await installed();
    expect(queryByRole(item(/^Poll /), "button", "Update")).toBeDefined();
    expect(queryByRole(item(/^Quiet one /), "button", "Update")).toBeUndefined();
    expect(queryByRole(item(/^Quiet one /), "button", "Uninstall")).toBeDefined();
  });

  it("Update downloads again: the plugin keeps running and its prompt asks only for the new capability", async () => {
    const { item, click, desktop, text, eventually } = await installed();
    desktop.publish(POLL_URL, poll({ version: "1.1.0", capabilities: ["storage.local", "messageBus.publish"] }));
    await click(byRole(item(/^Poll /), "button", "Update"));
    const updated = await eventually(() => queryByRole(item(/^Poll /), "status", /^Updated/), "the update's outcome");
    expect(text(updated)).toBe("Updated Poll 1.1.0. It runs on what you granted before and asks for more.");
    expect(accessibleName(item(/^Poll /))).toBe("Poll loaded");
    const prompt = byRole(item(/^Poll /), "dialog", "Poll");
    expect(prompt.textContent).toContain("now also asks to");
    expect(Array.from(prompt.querySelectorAll("li"), (li) => li.getAttribute("data-capability"))).toEqual(["messageBus.publish"]);
  });

  it("Uninstall asks in a dialog named after the plugin; confirmed, the plugin leaves the list", async () => {
    const { item, click, dialog, root, plugins, desktop, text } = await installed();
    await click(byRole(item(/^Poll /), "button", "Uninstall"));
    const asking = dialog("Uninstall Poll?");
    expect(asking.textContent).toContain("its folder, the data it kept on this device and its settings are removed");
    await click(byRole(asking, "button", "Cancel"));
    expect(desktop.manifests.has("poll")).toBe(true);
    await click(byRole(item(/^Poll /), "button", "Uninstall"));
    await click(byRole(dialog("Uninstall Poll?"), "button", "Uninstall"));
    expect(queryByRole(root, "dialog", /Uninstall/)).toBeUndefined();
    expect(queryByRole(plugins(), "listitem", /^Poll /)).toBeUndefined();
    expect(desktop.manifests.has("poll")).toBe(false);
    expect(text(byRole(plugins(), "status", /^Uninstalled/))).toBe("Uninstalled Poll: its folder was removed.");
  });
});
