// Where the signed-in session's bearer token is kept: the tab's sessionStorage, so a reload keeps the session and
// closing the tab ends it. Only the token is stored, never a password.

const SESSION_KEY = "toju_session";

export interface StoredSession {
  token: string;
  /** The server and channel last open, reopened after a reload. */
  serverId?: string;
  channelId?: string;
}

export class SessionTokenStore {
  constructor(private readonly storage: Pick<Storage, "getItem" | "setItem" | "removeItem">) {}

  read(): StoredSession | undefined {
    try {
      const value: unknown = JSON.parse(this.storage.getItem(SESSION_KEY) ?? "null");
      if (typeof value !== "object" || value === null) return undefined;
      const { token, serverId, channelId } = value as Record<string, unknown>;
      if (typeof token !== "string" || token.length === 0) return undefined;
      return { token, ...(typeof serverId === "string" ? { serverId } : {}), ...(typeof channelId === "string" ? { channelId } : {}) };
    } catch {
      return undefined;
    }
  }

  token(): string | undefined {
    return this.read()?.token;
  }

  write(session: StoredSession): void {
    try {
      this.storage.setItem(SESSION_KEY, JSON.stringify(session));
    } catch {
      // A full or disabled sessionStorage only costs the session's survival across a reload.
    }
  }

  /** Keeps the token and records where the user is. */
  remember(place: Omit<StoredSession, "token">): void {
    const current = this.read();
    if (current) this.write({ token: current.token, ...place });
  }

  clear(): void {
    try {
      this.storage.removeItem(SESSION_KEY);
    } catch {
      // Nothing to clear.
    }
  }
}
