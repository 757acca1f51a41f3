// The command listbox on its own: options named by the command line, usage and description, the active one selected,
// ids the textbox points at, and a click that chooses without taking the focus from the textbox.
import { TestBed } from "@angular/core/testing";
import { slashCommands } from "../../domains/plugins/ui-registry/slash-commands";
import { entry } from "../plugins/testing/fake-contribution-store";
import { allByRole, byRole } from "../testing/accessible-dom";
import { CommandMenuComponent } from "./command-menu.component";

const commands = slashCommands([
  entry("command", "roll", "Roll dice", { run: () => undefined }, { usage: "2d6", description: "Roll dice in the channel." }),
  entry("command", "poll", "Start a poll", { run: () => undefined }, {}, "poll"),
]);

describe("CommandMenuComponent", () => {
  it("lists the commands as options of a listbox named by its label, the active one selected", async () => {
    const fixture = TestBed.createComponent(CommandMenuComponent);
    fixture.componentRef.setInput("id", "menu");
    fixture.componentRef.setInput("label", "Commands");
    fixture.componentRef.setInput("commands", commands);
    fixture.componentRef.setInput("active", 1);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const list = byRole(root, "listbox", "Commands");
    expect(list.id).toBe("menu");
    const options = allByRole(list, "option");
    expect(
      options.map((option) => [option.id, option.textContent?.replace(/\s+/g, " ").trim(), option.getAttribute("aria-selected")]),
    ).toEqual([
      ["menu-0", "/poll Start a poll", "false"],
      ["menu-1", "/roll 2d6 Roll dice — Roll dice in the channel.", "true"],
    ]);
    const chosen: string[] = [];
    fixture.componentInstance.chosen.subscribe((command) => chosen.push(command.name));
    const press = new MouseEvent("mousedown", { bubbles: true, cancelable: true });
    options[1].dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    options[1].click();
    expect(chosen).toEqual(["roll"]);
  });
});
