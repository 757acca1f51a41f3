// Users and sessions: register and sign in (throttled, user names unique without case), sign out, and resolving a
// bearer token to its session. Tokens expire `ttlSeconds` after they were issued; a check reads the database at least
// once a second per token, so a token revoked on another instance is refused here within a second.
import { Op, UniqueConstraintError } from "sequelize";
import type { AuthSession, Credentials } from "@toju/generated/types/contract";
import { TypedEmitter, type Subscription } from "@toju/contracts/async/typed-emitter";
import { describeError } from "@toju/contracts/errors/coded-error";
import { LruMap } from "../caching/lru-map";
import type { Database } from "../db/database";
import { SessionTokenRow, UserRow } from "../db/models";
import { newEntityId } from "../directory/ids";
import { ApiHttpError, rateLimited, unauthenticated } from "../http/api-error";
import type { Logger } from "../ops/logger";
import type { PasswordHasher } from "./password";
import { hashSessionToken, newSessionToken, sameTokenHash } from "./session-tokens";
import type { SignInGate } from "./sign-in-throttle";

/** A valid token's session. */
export interface Session {
  userId: string;
  tokenHash: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface AuthEvents {
  /** A token was revoked (logout): sockets identified with it must close. */
  sessionRevoked: { userId: string; tokenHash: string };
}

export interface AuthOptions {
  sessionTtlSeconds: number;
  hasher: PasswordHasher;
  throttle: SignInGate;
  log: Logger;
  now?: () => number;
}

/** How long a checked token is trusted without reading the database again. */
const TOKEN_CHECK_TTL_MS = 1000;
const TOKEN_CACHE_SIZE = 10_000;

/** User names are compared (and unique) without case; the Username pattern allows ASCII only. */
export const usernameKey = (username: string): string => username.toLowerCase();

export class AuthService {
  private readonly checked = new LruMap<string, { session: Session; at: number }>(TOKEN_CACHE_SIZE);
  private readonly events: TypedEmitter<AuthEvents>;
  private readonly now: () => number;

  constructor(
    private readonly db: Database,
    private readonly options: AuthOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.events = new TypedEmitter((error) =>
      options.log("error", "auth.listener_failed", { message: describeError(error).slice(0, 200) }),
    );
  }

  on<K extends keyof AuthEvents>(type: K, listener: (event: AuthEvents[K]) => void): Subscription {
    return this.events.on(type, listener);
  }

  /** A refused registration (a taken name) counts against the client address; a successful one does not. */
  async register(credentials: Credentials, clientAddress: string): Promise<AuthSession> {
    const attempt = await this.admit(clientAddress);
    const key = usernameKey(credentials.username);
    const taken = () => new ApiHttpError("conflict", "this user name is taken");
    if (await UserRow.findOne({ where: { usernameKey: key }, attributes: ["id"] })) throw taken();
    const { hash, salt } = await this.options.hasher.hash(credentials.password, clientAddress);
    const token = newSessionToken();
    let user: UserRow;
    try {
      user = await this.db.write(async (transaction) => {
        if (await UserRow.findOne({ where: { usernameKey: key }, attributes: ["id"], transaction })) throw taken();
        const now = new Date(this.now());
        const row = await UserRow.create(
          { id: newEntityId(), username: credentials.username, usernameKey: key, passwordHash: hash, passwordSalt: salt, createdAt: now },
          { transaction },
        );
        await SessionTokenRow.create({ tokenHash: hashSessionToken(token), userId: row.id, createdAt: now }, { transaction });
        return row;
      });
    } catch (error) {
      throw error instanceof UniqueConstraintError ? taken() : error;
    }
    attempt.succeeded();
    return { user: { id: user.id, username: user.username }, token };
  }

  /**
   * The user name is compared without case; an account made before names were unique without case (which has no key)
   * signs in with its exact spelling. Wrong credentials count against the name and the client address.
   */
  async login(credentials: Credentials, clientAddress: string): Promise<AuthSession> {
    const key = usernameKey(credentials.username);
    const attempt = await this.admit(clientAddress, key);
    const user =
      (await UserRow.findOne({ where: { username: credentials.username } })) ?? (await UserRow.findOne({ where: { usernameKey: key } }));
    const { hasher } = this.options;
    const ok = user
      ? await hasher.verify(credentials.password, { hash: user.passwordHash, salt: user.passwordSalt }, clientAddress)
      : await hasher.verifyDecoy(credentials.password, clientAddress);
    if (!user || !ok) throw unauthenticated("wrong user name or password");
    attempt.succeeded();
    const token = newSessionToken();
    const now = this.now();
    await this.db.write(async (transaction) => {
      // Expired sessions of this user are removed when it signs in again.
      await SessionTokenRow.destroy({ where: { userId: user.id, createdAt: { [Op.lt]: new Date(now - this.ttlMs) } }, transaction });
      await SessionTokenRow.create({ tokenHash: hashSessionToken(token), userId: user.id, createdAt: new Date(now) }, { transaction });
    });
    return { user: { id: user.id, username: user.username }, token };
  }

  /** Revokes this token only; sockets identified with it are closed by the listeners of `sessionRevoked`. */
  async logout(token: string): Promise<void> {
    const tokenHash = hashSessionToken(token);
    const row = await SessionTokenRow.findByPk(tokenHash);
    this.checked.delete(tokenHash);
    if (!row) return;
    await this.db.write((transaction) => SessionTokenRow.destroy({ where: { tokenHash }, transaction }));
    this.events.emit("sessionRevoked", { userId: row.userId, tokenHash });
  }

  /** The session of a token that exists and has not expired, or undefined. */
  async sessionOf(token: string): Promise<Session | undefined> {
    const tokenHash = hashSessionToken(token);
    const now = this.now();
    const hit = this.checked.get(tokenHash);
    if (hit && now - hit.at <= TOKEN_CHECK_TTL_MS) return now < hit.session.expiresAt ? hit.session : undefined;
    const row = await SessionTokenRow.findByPk(tokenHash);
    if (!row || !sameTokenHash(row.tokenHash, tokenHash)) {
      this.checked.delete(tokenHash);
      return undefined;
    }
    const session: Session = { userId: row.userId, tokenHash, expiresAt: row.createdAt.getTime() + this.ttlMs };
    this.checked.set(tokenHash, { session, at: now });
    return now < session.expiresAt ? session : undefined;
  }

  /** Which of these token hashes still name a session (revoked ones, on any instance, do not). */
  async liveTokenHashes(tokenHashes: readonly string[]): Promise<Set<string>> {
    const live = new Set<string>();
    for (let i = 0; i < tokenHashes.length; i += 500) {
      const rows = await SessionTokenRow.findAll({
        where: { tokenHash: { [Op.in]: tokenHashes.slice(i, i + 500) } },
        attributes: ["tokenHash"],
      });
      rows.forEach((row) => live.add(row.tokenHash));
    }
    return live;
  }

  private get ttlMs(): number {
    return this.options.sessionTtlSeconds * 1000;
  }

  private async admit(clientAddress: string, key?: string) {
    const admission = await this.options.throttle.admit(clientAddress, key);
    if (!admission.admitted)
      throw rateLimited(
        key === undefined
          ? "too many failed sign-ins from this address"
          : "too many failed sign-ins for this user name or from this address",
        admission.retryAfterSeconds,
      );
    return admission.attempt;
  }
}
