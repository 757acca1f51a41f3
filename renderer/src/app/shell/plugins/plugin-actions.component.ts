// The actions running plugins offer in one place of the chat (a message, a channel, the server, a member, the composer),
// as buttons named by their titles; each runs with the real target `{kind, id}`. A failing action is contained and its
// error shown beside the buttons.
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from "@angular/core";
import { describeError } from "@toju/contracts/errors/coded-error";
import type { PluginActionContext } from "@toju/generated/types/contract";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { RUNTIME_CONSOLE } from "../../domains/plugins/shell/runtime-tokens";
import type { UiContributionEntry } from "../../domains/plugins/ui-registry/plugin-ui-registry.service";

/** Where an action shows: what it registered, else what its manifest declares, else `message`. */
export function actionContexts(action: UiContributionEntry<"action">): readonly PluginActionContext[] {
  return action.registration.context ?? action.declared.context ?? ["message"];
}

@Component({
  selector: "toju-plugin-actions",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (actions().length) {
      <div class="plugin-actions" role="group" [attr.aria-label]="'Plugin actions for the ' + context()">
        @for (action of actions(); track action.pluginId + "/" + action.id) {
          <button
            type="button"
            class="plugin-action"
            [attr.data-action]="action.pluginId + '/' + action.id"
            [title]="action.declared.description ?? action.title"
            (click)="run(action)"
          >
            {{ action.title }}
          </button>
        }
        @if (failure(); as failure) {
          <p class="action-error" role="status">{{ failure }}</p>
        }
      </div>
    }
  `,
  styles: `
    .plugin-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .action-error {
      margin: 0;
      color: #a3121b;
      font-size: 0.85rem;
    }
  `,
})
export class PluginActionsComponent {
  readonly context = input.required<PluginActionContext>();
  /** The message, channel, server or user id the actions act on; for the composer, the channel it writes to. */
  readonly targetId = input<string>();
  private readonly store = inject(PluginStoreService);
  private readonly output = inject(RUNTIME_CONSOLE);
  protected readonly failure = signal<string | undefined>(undefined);
  protected readonly actions = computed(() => this.store.actions().filter((action) => actionContexts(action).includes(this.context())));

  protected async run(action: UiContributionEntry<"action">): Promise<void> {
    this.failure.set(undefined);
    const target: { kind: PluginActionContext; id?: string } = { kind: this.context() };
    const id = this.targetId();
    if (id !== undefined) target.id = id;
    try {
      await action.registration.run(target);
    } catch (error) {
      this.output.warn(`[plugin ${action.pluginId}] action '${action.id}' failed: ${describeError(error)}`);
      this.failure.set(`${action.title} failed: ${describeError(error)}`);
    }
  }
}
