// The slash commands the composer offers while the user types "/": a listbox of the running plugins' commands (name,
// usage, title, description). The composer's textbox keeps the focus and points at the active option; a click chooses.
import { ChangeDetectionStrategy, Component, input, output } from "@angular/core";
import type { SlashCommand } from "../../domains/plugins/ui-registry/slash-commands";

@Component({
  selector: "toju-command-menu",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="command-menu-label" [id]="id() + '-label'">{{ label() }}</p>
    <ul role="listbox" [id]="id()" [attr.aria-labelledby]="id() + '-label'">
      @for (command of commands(); track command.qualifiedName; let index = $index) {
        <li
          role="option"
          class="command-option"
          [id]="id() + '-' + index"
          [attr.aria-selected]="index === active()"
          (mousedown)="$event.preventDefault()"
          (click)="chosen.emit(command)"
        >
          <span class="command-line">
            <span class="command-name">/{{ command.name }}</span>
            @if (command.entry.declared.usage; as usage) {
              <span class="command-usage">{{ " " + usage }}</span>
            }
          </span>
          &ngsp;<span class="command-about">
            <span class="command-title">{{ command.entry.title }}</span>
            @if (command.entry.declared.description; as description) {
              <span class="command-description">{{ " — " + description }}</span>
            }
          </span>
        </li>
      }
    </ul>
  `,
})
export class CommandMenuComponent {
  /** The listbox's id; option `i` is `<id>-<i>`, for the textbox's `aria-activedescendant`. */
  readonly id = input.required<string>();
  readonly label = input.required<string>();
  readonly commands = input.required<readonly SlashCommand[]>();
  readonly active = input(0);
  readonly chosen = output<SlashCommand>();
}
