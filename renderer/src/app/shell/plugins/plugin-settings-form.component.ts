// The settings form the host draws for one plugin from its manifest's `settings` schema, a region named
// "<plugin title> settings". It saves through the desktop, which validates against the schema; each refusal shows on
// the field it names. Saving fires the plugin's `onPluginDataChanged` for each changed key.
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from "@angular/core";
import { isIpcError, describeDesktopFailure } from "../../domains/plugins/api/ipc-error";
import {
  fieldErrors,
  inputValue,
  optionLabel,
  parseFieldInput,
  shownValues,
  valuesToSave,
  type SettingsField,
  type SettingsValues,
} from "../../domains/plugins/settings/settings-form-model";
import { PluginStoreService, type PluginSettingsFormEntry } from "../../domains/plugins/shell/plugin-store.service";

@Component({
  selector: "toju-plugin-settings-form",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let form = entry().form;
    <section class="plugin-settings-form" [attr.aria-label]="entry().title + ' settings'" [attr.data-plugin-id]="entry().pluginId">
      <h3>{{ entry().title }} settings</h3>
      <form (submit)="save($event)">
        @for (field of form.fields; track field.key) {
          <div class="field" [attr.data-field]="field.key">
            @if (field.kind === "boolean") {
              <input
                type="checkbox"
                [id]="idOf(field)"
                [checked]="edited()[field.key] === true"
                [attr.aria-invalid]="errorsOf(field).length ? true : null"
                [attr.aria-describedby]="describedBy(field)"
                (change)="edit(field, $any($event.target).checked)"
              />
              <label [for]="idOf(field)">{{ field.label }}</label>
            } @else {
              <label [for]="idOf(field)">{{ field.label }}</label>
              @if (field.kind === "enum") {
                <select
                  [id]="idOf(field)"
                  [attr.aria-invalid]="errorsOf(field).length ? true : null"
                  [attr.aria-describedby]="describedBy(field)"
                  (change)="edit(field, $any($event.target).value)"
                >
                  @if (!field.required) {
                    <option value="" [selected]="valueOf(field) === ''">(not set)</option>
                  }
                  @for (option of field.options; track $index) {
                    <option [value]="$index" [selected]="valueOf(field) === '' + $index">{{ label(option) }}</option>
                  }
                </select>
              } @else {
                <input
                  [type]="field.kind === 'string' ? 'text' : 'number'"
                  [id]="idOf(field)"
                  [value]="valueOf(field)"
                  [attr.step]="field.kind === 'integer' ? 1 : 'any'"
                  [attr.aria-invalid]="errorsOf(field).length ? true : null"
                  [attr.aria-describedby]="describedBy(field)"
                  (input)="edit(field, $any($event.target).value)"
                />
              }
            }
            @if (field.description) {
              <small [id]="idOf(field) + '-description'">{{ field.description }}</small>
            }
            @if (errorsOf(field).length) {
              <p class="field-error" [id]="idOf(field) + '-error'">{{ errorsOf(field).join("; ") }}</p>
            }
          </div>
        }
        @if (form.unsupported.length) {
          <p class="unsupported">{{ entry().title }} sets {{ form.unsupported.join(", ") }} itself.</p>
        }
        @for (problem of general(); track $index) {
          <p class="form-error">{{ problem }}</p>
        }
        <button type="submit">Save</button>
        <p class="status" role="status">{{ status() }}</p>
      </form>
    </section>
  `,
  styles: `
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      margin-bottom: 0.5rem;
    }
    .field:has(input[type="checkbox"]) {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
    }
    .field select,
    .field input:not([type="checkbox"]) {
      max-width: 24rem;
    }
    .field small {
      color: #555;
      font-size: 0.85rem;
    }
    .field-error,
    .form-error {
      margin: 0;
      color: #a3121b;
      font-size: 0.85rem;
    }
    [aria-invalid="true"] {
      border-color: #a3121b;
    }
  `,
})
export class PluginSettingsFormComponent {
  readonly entry = input.required<PluginSettingsFormEntry>();
  private readonly store = inject(PluginStoreService);
  private readonly saved = signal<SettingsValues>({});
  protected readonly edited = signal<SettingsValues>({});
  private readonly errors = signal<Record<string, string[]>>({});
  protected readonly general = signal<string[]>([]);
  protected readonly status = signal("");
  protected readonly label = optionLabel;

  /** The store hands a new entry on every plugin state change; the saved values are read again only for another plugin. */
  private readonly pluginId = computed(() => this.entry().pluginId);

  constructor() {
    effect(() => {
      const pluginId = this.pluginId();
      untracked(() => void this.load(pluginId, this.entry().form));
    });
  }

  protected idOf(field: SettingsField): string {
    return `settings-${this.entry().pluginId}-${field.key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  }

  protected valueOf(field: SettingsField): string {
    return inputValue(field, this.edited()[field.key]);
  }

  protected errorsOf(field: SettingsField): string[] {
    return this.errors()[field.key] ?? [];
  }

  protected describedBy(field: SettingsField): string | null {
    const ids = [
      field.description ? `${this.idOf(field)}-description` : "",
      this.errorsOf(field).length ? `${this.idOf(field)}-error` : "",
    ];
    return ids.filter(Boolean).join(" ") || null;
  }

  protected edit(field: SettingsField, input: string | boolean): void {
    const parsed = parseFieldInput(field, input);
    this.status.set("");
    this.errors.update((errors) => ({ ...errors, [field.key]: parsed.ok ? [] : [parsed.message] }));
    if (parsed.ok) this.edited.update((values) => ({ ...values, [field.key]: parsed.value }));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const { pluginId, form } = this.entry();
    if (Object.values(this.errors()).some((messages) => messages.length)) return this.status.set("Not saved: correct the marked fields.");
    const values = valuesToSave(form, this.saved(), this.edited());
    this.general.set([]);
    try {
      await this.store.saveSettings(pluginId, values);
      this.saved.set(values);
      this.errors.set({});
      this.status.set("Saved.");
    } catch (error) {
      const placed = isIpcError(error) && error.code === "invalid_request" ? fieldErrors(form, error.details ?? []) : undefined;
      this.errors.set(placed?.byField ?? {});
      this.general.set(placed?.general ?? []);
      this.status.set(`Not saved: ${describeDesktopFailure(error)}`);
    }
  }

  private async load(pluginId: string, form: PluginSettingsFormEntry["form"]): Promise<void> {
    try {
      const saved = await this.store.savedSettings(pluginId);
      this.saved.set(saved);
      this.edited.set(shownValues(form, saved));
    } catch (error) {
      this.edited.set(shownValues(form, {}));
      this.general.set([`The saved settings could not be read: ${describeDesktopFailure(error)}`]);
    }
  }
}
