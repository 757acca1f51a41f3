// Plugin settings: pages plugins register (`ui.settings`) as regions named by their titles, and the host-drawn form of
// each manifest's `settings` schema, saved through the desktop with its validation errors shown on the fields.
import { TestBed } from "@angular/core/testing";
import type { PluginDataChangedEvent } from "@toju/contracts/sdk/toju-plugin-sdk";
import { providePluginRuntime } from "../../domains/plugins/shell/plugin-runtime.providers";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { shellManifest } from "../../domains/plugins/shell/testing/fake-desktop";
import { fakeRuntime } from "../../domains/plugins/shell/testing/fake-runtime";
import { byRole, queryByRole } from "../testing/accessible-dom";
import { PluginSettingsComponent } from "./plugin-settings.component";

const dice = shellManifest("dice-roller", {
  title: "Dice roller",
  capabilities: ["ui.settings"],
  ui: { settings: [{ id: "advanced", title: "Dice roller advanced" }] },
  settings: {
    type: "object",
    required: ["sides"],
    properties: {
      sides: { type: "integer", title: "Sides", description: "How many sides the die has.", default: 20, maximum: 100 },
      nickname: { type: "string", title: "Nickname" },
      sound: { type: "boolean", title: "Play a sound", default: true },
      colour: { title: "Colour", enum: ["red", "green"] },
    },
  },
});

async function render() {
  const runtime = fakeRuntime();
  const events: PluginDataChangedEvent[] = [];
  runtime.desktop.install(dice, {
    activate: ({ api, subscriptions }) =>
      void subscriptions.push(
        api.ui.registerSettings({
          id: "advanced",
          title: "Dice roller advanced",
          render: (host) => void (host.textContent = "Advanced options"),
        }),
      ),
    onPluginDataChanged: (_context, event) => void events.push(event),
  });
  runtime.desktop.refuseClientData = (_pluginId, values) =>
    typeof values.sides === "number" && values.sides > 100
      ? {
          code: "invalid_request",
          message: "the values do not match the settings of dice-roller",
          details: [{ path: "/sides", message: "must be <= 100" }],
        }
      : undefined;
  runtime.desktop.grants = {
    schemaVersion: 1,
    grants: [{ pluginId: "dice-roller", capabilities: ["ui.settings"], updatedAt: "2026-03-01T09:00:00.000Z" }],
  };
  TestBed.configureTestingModule({ providers: [providePluginRuntime(), ...runtime.providers] });
  const store = TestBed.inject(PluginStoreService);
  await store.start();
  const fixture = TestBed.createComponent(PluginSettingsComponent);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const root = fixture.nativeElement as HTMLElement;
  const form = () => byRole(root, "region", "Dice roller settings");
  const type = (name: string, value: string) => {
    const input = byRole(form(), "spinbutton", name) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event("input"));
  };
  const save = async () => {
    byRole(form(), "button", "Save").click();
    await settle();
  };
  return { ...runtime, root, form, type, save, settle, events };
}

describe("PluginSettingsComponent", () => {
  it("shows a settings page a running plugin registers as a region named by its title", async () => {
    const { root } = await render();
    expect(byRole(root, "region", "Dice roller advanced").textContent).toContain("Advanced options");
  });

  it("draws the manifest's settings as a form with labels, descriptions and defaults", async () => {
    const { form } = await render();
    const sides = byRole(form(), "spinbutton", "Sides") as HTMLInputElement;
    expect(sides.value).toBe("20");
    expect(document.getElementById(sides.getAttribute("aria-describedby")!)?.textContent).toBe("How many sides the die has.");
    expect((byRole(form(), "textbox", "Nickname") as HTMLInputElement).value).toBe("");
    expect((byRole(form(), "checkbox", "Play a sound") as HTMLInputElement).checked).toBe(true);
    const colour = byRole(form(), "combobox", "Colour") as HTMLSelectElement;
    expect(Array.from(colour.options, (option) => option.textContent)).toEqual(["(not set)", "red", "green"]);
  });

  it("saves through the desktop and tells the running plugin which keys changed", async () => {
    const { form, type, save, desktop, events } = await render();
    type("Sides", "12");
    const colour = byRole(form(), "combobox", "Colour") as HTMLSelectElement;
    colour.value = "1";
    colour.dispatchEvent(new Event("change"));
    await save();
    expect(desktop.clientData.get("dice-roller")?.values).toEqual({ sides: 12, sound: true, colour: "green" });
    expect(form().querySelector('[role="status"]')?.textContent).toBe("Saved.");
    expect(events).toEqual([
      { key: "colour", scope: "plugin", value: "green" },
      { key: "sides", scope: "plugin", value: 12 },
      { key: "sound", scope: "plugin", value: true },
    ]);
  });

  it("shows the desktop's validation error on the field it names and keeps the saved values", async () => {
    const { form, type, save, desktop } = await render();
    type("Sides", "1000");
    await save();
    const sides = byRole(form(), "spinbutton", "Sides");
    expect(sides.getAttribute("aria-invalid")).toBe("true");
    expect(form().querySelector(".field-error")?.textContent).toBe("must be <= 100");
    expect(sides.getAttribute("aria-describedby")).toContain(form().querySelector(".field-error")!.id);
    expect(form().querySelector('[role="status"]')?.textContent).toBe("Not saved: the values do not match the settings of dice-roller");
    expect(desktop.clientData.get("dice-roller")).toBeUndefined();
    type("Sides", "99");
    await save();
    expect(queryByRole(form(), "spinbutton", "Sides")?.getAttribute("aria-invalid")).toBeNull();
    expect(desktop.clientData.get("dice-roller")?.values).toMatchObject({ sides: 99 });
  });

  it("refuses to save what is not a number, saying so on the field", async () => {
    const { form, save, desktop } = await render();
    // A browser keeps a number field's value numeric; the form still refuses anything else it is handed.
    const sides = byRole(form(), "spinbutton", "Sides") as HTMLInputElement;
    sides.type = "text";
    sides.value = "lots";
    sides.dispatchEvent(new Event("input"));
    await save();
    expect(form().querySelector(".field-error")?.textContent).toBe("must be a number");
    expect(desktop.clientData.size).toBe(0);
  });
});
