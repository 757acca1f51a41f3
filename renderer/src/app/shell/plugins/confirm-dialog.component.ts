// A modal question with two answers, for the plugin manager (allow an install origin, uninstall a plugin): named by
// its title, Cancel focused first so Enter never agrees by accident, Escape or the backdrop cancels, and focus goes
// back where it was when it closes; Tab and Shift+Tab stay inside it (cdkTrapFocus).
import { ChangeDetectionStrategy, Component, DOCUMENT, ElementRef, afterNextRender, inject, input, output, viewChild } from "@angular/core";
import { CdkTrapFocus } from "@angular/cdk/a11y";

let nextDialogId = 0;

@Component({
  imports: [CdkTrapFocus],
  selector: "toju-confirm-dialog",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="dialog-backdrop" (click)="cancel()"></div>
    <div
      class="dialog"
      role="dialog"
      aria-modal="true"
      cdkTrapFocus
      [attr.aria-labelledby]="id + '-title'"
      [attr.aria-describedby]="id + '-body'"
      (keydown.escape)="cancel()"
    >
      <h2 [id]="id + '-title'">{{ title() }}</h2>
      <div class="body" [id]="id + '-body'"><ng-content /></div>
      <div class="dialog-actions">
        <button #cancelButton type="button" (click)="cancel()">Cancel</button>
        <button type="button" class="primary" (click)="confirm()">{{ confirmLabel() }}</button>
      </div>
    </div>
  `,
  styles: `
    .body {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class ConfirmDialogComponent {
  readonly title = input.required<string>();
  readonly confirmLabel = input.required<string>();
  readonly confirmed = output<void>();
  readonly cancelled = output<void>();

  protected readonly id = `toju-confirm-${++nextDialogId}`;
  private readonly cancelButton = viewChild.required<ElementRef<HTMLButtonElement>>("cancelButton");
  private readonly opener = inject(DOCUMENT).activeElement as HTMLElement | null;

  constructor() {
    afterNextRender(() => this.cancelButton().nativeElement.focus());
  }

  protected confirm(): void {
    this.confirmed.emit();
    this.restoreFocus();
  }

  protected cancel(): void {
    this.cancelled.emit();
    this.restoreFocus();
  }

  private restoreFocus(): void {
    if (this.opener?.isConnected) this.opener.focus();
  }
}
