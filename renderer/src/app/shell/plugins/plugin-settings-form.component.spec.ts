// The host-drawn settings form on its own: saved values over defaults, the desktop's refusal placed on its fields (or
// on the form when it names none), and a store that cannot read the values.
import { TestBed } from "@angular/core/testing";
import { settingsForm } from "../../domains/plugins/settings/settings-form-model";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { byRole } from "../testing/accessible-dom";
import { PluginSettingsFormComponent } from "./plugin-settings-form.component";

const form = settingsForm({
  type: "object",
  properties: { greeting: { type: "string", title: "Greeting", default: "Hello" }, sides: { type: "integer", title: "Sides" } },
});

async function render(saved: Promise<object>, save: jest.Mock = jest.fn(async () => undefined)) {
  const store = { savedSettings: jest.fn(() => saved), saveSettings: save };
  TestBed.configureTestingModule({ providers: [{ provide: PluginStoreService, useValue: store }] });
  const fixture = TestBed.createComponent(PluginSettingsFormComponent);
  fixture.componentRef.setInput("entry", { pluginId: "dice-roller", title: "Dice roller", form });
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const region = byRole(fixture.nativeElement, "region", "Dice roller settings");
  return { store, fixture, region, settle };
}

describe("PluginSettingsFormComponent", () => {
  it("shows saved values over the schema's defaults and saves the whole object", async () => {
    const { region, store, settle } = await render(Promise.resolve({ sides: 6, legacy: true }));
    expect((byRole(region, "textbox", "Greeting") as HTMLInputElement).value).toBe("Hello");
    expect((byRole(region, "spinbutton", "Sides") as HTMLInputElement).value).toBe("6");
    byRole(region, "button", "Save").click();
    await settle();
    expect(store.saveSettings).toHaveBeenCalledWith("dice-roller", { sides: 6, legacy: true, greeting: "Hello" });
    expect(region.querySelector('[role="status"]')?.textContent).toBe("Saved.");
  });

  it("keeps a refusal that names no field on the form as a whole", async () => {
    const refusal = {
      code: "invalid_request",
      message: "the values do not match",
      details: [{ path: "", message: "must NOT have additional properties" }],
    };
    const { region, settle } = await render(
      Promise.resolve({}),
      jest.fn(() => Promise.reject(refusal)),
    );
    byRole(region, "button", "Save").click();
    await settle();
    expect(region.querySelector(".form-error")?.textContent).toBe("must NOT have additional properties");
    expect(region.querySelector('[role="status"]')?.textContent).toBe("Not saved: the values do not match");
  });

  it("says when the saved values cannot be read, and shows the defaults", async () => {
    const { region } = await render(Promise.reject({ code: "state_corrupt", message: "the settings file was set aside" }));
    expect(region.querySelector(".form-error")?.textContent).toBe("The saved settings could not be read: the settings file was set aside");
    expect((byRole(region, "textbox", "Greeting") as HTMLInputElement).value).toBe("Hello");
  });
});
