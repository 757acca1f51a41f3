// The open server's members with their roles, kept live by `member_joined` and `member_left`.
import { ChangeDetectionStrategy, Component, computed, inject } from "@angular/core";
import { ChatSessionService } from "../../domains/chat/chat-session.service";

const ROLE_NAMES: Record<string, string> = { owner: "Owner", admin: "Admin", member: "Member" };

@Component({
  selector: "toju-member-list",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="members" aria-label="Members">
      <h2>
        Members <span class="count">{{ session.members().length }}</span>
      </h2>
      @if (session.members().length === 0) {
        <p class="empty" role="status">Loading members…</p>
      }
      <ul>
        @for (member of session.members(); track member.userId) {
          <li [class.me]="member.userId === session.user()?.id">
            <span class="member-name">{{ member.displayName ?? member.username }}</span>
            @for (role of member.roles; track role) {
              &ngsp;<span class="role" [attr.data-role]="role">{{ roleName(role) }}</span>
            }
          </li>
        }
      </ul>
    </section>
  `,
})
export class MemberListComponent {
  protected readonly session = inject(ChatSessionService);
  private readonly names = computed(() => new Map(this.session.roles().map((role) => [role.id, role.name])));

  protected roleName(role: string): string {
    return this.names().get(role as never) ?? ROLE_NAMES[role] ?? role;
  }
}
