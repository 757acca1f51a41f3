// The plugin manager as people see it: a region "Plugins", one list item per plugin named by its title and state,
// the consent prompt, a checkbox per capability, and Enable/Disable and Reload, on the real runtime over a fake desktop.
import { TestBed } from "@angular/core/testing";
import type { TojuPluginActivationContext } from "@toju/contracts/sdk/toju-plugin-sdk";
import { providePluginRuntime } from "../domains/plugins/shell/plugin-runtime.providers";
import { PluginStoreService } from "../domains/plugins/shell/plugin-store.service";
import { fakeRuntime, shellManifest, type FakeRuntime } from "../domains/plugins/shell/testing/fake-desktop";
import { PluginListComponent } from "./plugin-list.component";
import { accessibleName, allByRole, byRole, queryByRole } from "./testing/accessible-dom";

const counter = shellManifest("click-counter", {
  title: "Click counter",
  capabilities: ["ui.actions", "storage.local"],
  ui: { actions: [{ id: "count", title: "Count a click" }] },
});
const counterModule = {
  activate: ({ api, subscriptions }: TojuPluginActivationContext) =>
    void subscriptions.push(api.ui.registerAction({ id: "count", title: "Count a click", run: () => undefined })),
};

async function render(prepare: (runtime: FakeRuntime) => void = () => undefined) {
  const runtime = fakeRuntime();
  prepare(runtime);
  TestBed.configureTestingModule({ providers: [providePluginRuntime(), ...runtime.providers] });
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
  return { ...runtime, fixture, root, plugins, item, nameOf, click };
}

describe("PluginListComponent", () => {
  it("lists each plugin as an item named by its title and state, showing the reason it is blocked", async () => {
    const { plugins, item, nameOf } = await render(({ desktop }) => {
      desktop.install(counter, counterModule);
      desktop.install(shellManifest("quiet", { title: "Quiet one" }));
    });
    expect(allByRole(plugins(), "listitem").filter((li) => li.classList.contains("plugin"))).toHaveLength(2);
    expect(nameOf(/^Quiet one/)).toBe("Quiet one loaded");
    const blocked = item(/^Click counter blocked$/);
    expect(blocked.querySelector(".reason")?.getAttribute("data-code")).toBe("capabilities_not_granted");
    expect(blocked.querySelector(".reason")?.textContent).toContain("ui.actions, storage.local");
  });

  it("asks for consent in a dialog named after the plugin; Grant starts it and the prompt goes", async () => {
    const { item, click, nameOf } = await render(({ desktop }) => desktop.install(counter, counterModule));
    const prompt = byRole(item(/^Click counter/), "dialog", "Click counter");
    expect(prompt.textContent).toContain("asks for");
    expect(Array.from(prompt.querySelectorAll(".capabilities li")).map((li) => li.textContent?.trim())).toEqual([
      "ui.actions",
      "storage.local",
    ]);
    await click(byRole(prompt, "button", "Grant"));
    expect(nameOf(/^Click counter/)).toBe("Click counter loaded");
    const running = item(/^Click counter/);
    expect(queryByRole(running, "dialog", "Click counter")).toBeUndefined();
    expect(allByRole(running, "checkbox").map((box) => (box as HTMLInputElement).checked)).toEqual([true, true]);
  });

  it("has a checkbox per capability that grants or revokes it", async () => {
    const { item, click, nameOf } = await render(({ desktop }) => desktop.install(counter, counterModule));
    await click(byRole(item(/^Click counter/), "checkbox", "ui.actions"));
    expect(nameOf(/^Click counter/)).toBe("Click counter loaded");
    expect((byRole(item(/^Click counter/), "checkbox", "ui.actions") as HTMLInputElement).checked).toBe(true);
    expect(byRole(item(/^Click counter/), "dialog", "Click counter").textContent).toContain("now also asks for");
    await click(byRole(item(/^Click counter/), "checkbox", "ui.actions"));
    expect(nameOf(/^Click counter/)).toBe("Click counter blocked");
  });

  it("disables and enables a plugin, offering Reload only while it is enabled", async () => {
    const { item, click, nameOf } = await render(({ desktop }) => desktop.install(shellManifest("quiet", { title: "Quiet one" })));
    expect(queryByRole(item(/^Quiet one/), "button", "Reload")?.className).toBe("reload");
    await click(byRole(item(/^Quiet one/), "button", "Disable"));
    expect(nameOf(/^Quiet one/)).toBe("Quiet one disabled");
    expect(queryByRole(item(/^Quiet one/), "button", "Reload")).toBeUndefined();
    await click(byRole(item(/^Quiet one/), "button", "Enable"));
    expect(nameOf(/^Quiet one/)).toBe("Quiet one loaded");
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

  it("shows an invalid manifest's issues and offers neither consent nor Reload for it", async () => {
    const { item, nameOf } = await render(({ desktop }) =>
      desktop.manifests.set("broken", { ...counter, id: "broken-plugin", version: "one" }),
    );
    expect(nameOf(/^broken-plugin/)).toBe("broken-plugin discovered");
    const broken = item(/^broken-plugin/);
    expect(broken.querySelector(".reason")?.getAttribute("data-code")).toBe("invalid_manifest");
    expect(broken.querySelector(".issues")?.textContent).toContain("/version");
    expect(queryByRole(broken, "dialog", /./)).toBeUndefined();
    expect(allByRole(broken, "checkbox")).toEqual([]);
    expect(queryByRole(broken, "button", "Reload")).toBeUndefined();
  });

  it("says where to put plugins when there are none", async () => {
    const { plugins } = await render();
    expect(plugins().textContent).toContain("Folder: /data/plugins");
    expect(plugins().textContent).toContain("No local plugins yet");
  });
});
