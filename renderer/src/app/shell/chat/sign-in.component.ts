// Sign in or create an account; a new account is signed in at once. Only the session token is kept, never the password.
import { ChangeDetectionStrategy, Component, computed, inject, signal } from "@angular/core";
import { validateCredentials } from "@toju/generated/validators/index";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { failureText } from "./failure-text";

type Intent = "log-in" | "create-account";

const WORDING: Record<Intent, Record<string, string>> = {
  "log-in": { unauthenticated: "That username and password do not match.", invalid_request: "Check the username and password." },
  "create-account": { conflict: "That username is taken. Choose another one.", invalid_request: "Check the username and password." },
};

@Component({
  selector: "toju-sign-in",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">Welcome to Toju</h2>
      <p class="lead">Log in, or create an account to start chatting.</p>
      <form (submit)="$event.preventDefault(); submit('log-in')" novalidate>
        <label for="sign-in-username">Username</label>
        <input
          #username
          id="sign-in-username"
          name="username"
          autocomplete="username"
          spellcheck="false"
          [value]="name()"
          (input)="name.set(username.value)"
          aria-describedby="sign-in-rules"
        />
        <label for="sign-in-password">Password</label>
        <input
          #password
          id="sign-in-password"
          name="password"
          type="password"
          autocomplete="current-password"
          [value]="secret()"
          (input)="secret.set(password.value)"
        />
        <p id="sign-in-rules" class="hint">3–32 letters, digits, “.”, “_” or “-”; a password of at least 8 characters.</p>
        @if (shownError(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
        <div class="sign-in-actions">
          <button type="submit" class="primary" [disabled]="busy() !== undefined">
            {{ busy() === "log-in" ? "Logging in…" : "Log in" }}
          </button>
          <button type="button" [disabled]="busy() !== undefined" (click)="submit('create-account')">
            {{ busy() === "create-account" ? "Creating account…" : "Create account" }}
          </button>
        </div>
      </form>
    </section>
  `,
})
export class SignInComponent {
  private readonly session = inject(ChatSessionService);
  protected readonly name = signal("");
  protected readonly secret = signal("");
  protected readonly busy = signal<Intent | undefined>(undefined);
  private readonly problem = signal<string | undefined>(undefined);
  /** A failed command's reason, else why a kept session ended. */
  protected readonly shownError = computed(() => this.problem() ?? this.session.error());

  protected async submit(intent: Intent): Promise<void> {
    if (this.busy()) return;
    const credentials = { username: this.name().trim(), password: this.secret() };
    if (!validateCredentials(credentials)) {
      this.problem.set("Enter a username of 3–32 letters, digits, “.”, “_” or “-” and a password of at least 8 characters.");
      return;
    }
    this.busy.set(intent);
    this.problem.set(undefined);
    try {
      if (intent === "log-in") await this.session.logIn(credentials.username, credentials.password);
      else await this.session.createAccount(credentials.username, credentials.password);
      this.secret.set("");
    } catch (error) {
      this.problem.set(failureText(error, WORDING[intent]));
    } finally {
      this.busy.set(undefined);
    }
  }
}
