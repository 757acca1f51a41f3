// A small modal dialog that asks for one name or ID (create a server, join one, create a channel): Enter or its
// submit button runs the action, Escape or Cancel closes it, Tab stays inside it (cdkTrapFocus), and a refusal stays
// in the dialog as an alert.
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from "@angular/core";
import { CdkTrapFocus } from "@angular/cdk/a11y";
import { failureText } from "./failure-text";

let nextDialogId = 0;

@Component({
  imports: [CdkTrapFocus],
  selector: "toju-name-dialog",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="dialog-backdrop" (click)="close()"></div>
    <div class="dialog" role="dialog" aria-modal="true" cdkTrapFocus [attr.aria-labelledby]="id + '-title'" (keydown.escape)="close()">
      <form (submit)="$event.preventDefault(); submit()">
        <h2 [id]="id + '-title'">{{ title() }}</h2>
        <label [for]="id + '-field'">{{ label() }}</label>
        <input
          #field
          [id]="id + '-field'"
          type="text"
          autocomplete="off"
          spellcheck="false"
          [attr.maxlength]="maxLength()"
          [value]="value()"
          (input)="value.set(field.value)"
          [attr.aria-describedby]="hint() ? id + '-hint' : null"
        />
        @if (hint()) {
          <p class="hint" [id]="id + '-hint'">{{ hint() }}</p>
        }
        @if (error()) {
          <p class="error" role="alert">{{ error() }}</p>
        }
        <div class="dialog-actions">
          <button type="button" (click)="close()">Cancel</button>
          <button type="submit" class="primary" [disabled]="busy() || value().trim() === ''">{{ submitLabel() }}</button>
        </div>
      </form>
    </div>
  `,
})
export class NameDialogComponent {
  readonly title = input.required<string>();
  readonly label = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly hint = input<string>();
  readonly maxLength = input(128);
  /** Runs with the trimmed value; a rejection is shown in the dialog, a success closes it. */
  readonly action = input.required<(value: string) => Promise<unknown>>();
  /** How the action's refusals read, by code. */
  readonly wording = input<Readonly<Record<string, string>>>({});
  readonly closed = output<void>();

  protected readonly id = `toju-dialog-${++nextDialogId}`;
  protected readonly value = signal("");
  protected readonly busy = signal(false);
  protected readonly error = signal<string | undefined>(undefined);
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>("field");
  /** Focus goes back where it was when the dialog closes. */
  private readonly opener = inject(DOCUMENT).activeElement as HTMLElement | null;

  constructor() {
    afterNextRender(() => this.field().nativeElement.focus());
  }

  protected async submit(): Promise<void> {
    const value = this.value().trim();
    if (value === "" || this.busy()) return;
    this.busy.set(true);
    this.error.set(undefined);
    try {
      await this.action()(value);
      this.close();
    } catch (error) {
      this.error.set(failureText(error, this.wording()));
      this.field().nativeElement.focus();
    } finally {
      this.busy.set(false);
    }
  }

  protected close(): void {
    this.closed.emit();
    this.opener?.focus?.();
  }
}
