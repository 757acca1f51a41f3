// The manager's two-answer dialog: named by its title, described by its body, Cancel focused first, Escape and the
// backdrop cancel, and focus goes back to the button that opened it.
import { ChangeDetectionStrategy, Component, signal } from "@angular/core";
import { TestBed } from "@angular/core/testing";
import { byRole, queryByRole } from "../testing/accessible-dom";
import { ConfirmDialogComponent } from "./confirm-dialog.component";

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConfirmDialogComponent],
  template: `
    <button type="button" (click)="open.set(true)">Remove it</button>
    @if (open()) {
      <toju-confirm-dialog title="Remove it?" confirmLabel="Remove" (confirmed)="answer('yes')" (cancelled)="answer('no')">
        <p>It goes for good.</p>
      </toju-confirm-dialog>
    }
  `,
})
class HostComponent {
  readonly open = signal(false);
  readonly answers: string[] = [];

  answer(value: string): void {
    this.answers.push(value);
    this.open.set(false);
  }
}

async function render() {
  const fixture = TestBed.createComponent(HostComponent);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const opener = byRole(root, "button", "Remove it");
  const open = async () => {
    opener.focus();
    opener.click();
    await fixture.whenStable();
    return byRole(root, "dialog", "Remove it?");
  };
  return { fixture, root, opener, open, host: fixture.componentInstance };
}

describe("ConfirmDialogComponent", () => {
  it("is a modal dialog named by its title and described by its body, with Cancel focused", async () => {
    const { open } = await render();
    const dialog = await open();
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(document.getElementById(dialog.getAttribute("aria-describedby")!)?.textContent?.trim()).toBe("It goes for good.");
    expect(document.activeElement).toBe(byRole(dialog, "button", "Cancel"));
  });

  it("confirms with its button and gives focus back to the opener", async () => {
    const { open, host, fixture, root, opener } = await render();
    byRole(await open(), "button", "Remove").click();
    await fixture.whenStable();
    expect(host.answers).toEqual(["yes"]);
    expect(queryByRole(root, "dialog", "Remove it?")).toBeUndefined();
    expect(document.activeElement).toBe(opener);
  });

  it("cancels with Cancel, Escape and the backdrop", async () => {
    const { open, host, fixture, root } = await render();
    byRole(await open(), "button", "Cancel").click();
    await fixture.whenStable();
    (await open()).dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await fixture.whenStable();
    await open();
    root.querySelector<HTMLElement>(".dialog-backdrop")!.click();
    await fixture.whenStable();
    expect(host.answers).toEqual(["no", "no", "no"]);
  });
});
