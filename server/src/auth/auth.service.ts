// Users and sessions: register, login, and resolving a bearer token to a user id.
import { UniqueConstraintError } from "sequelize";
import type { AuthSession, Credentials } from "@toju/generated/types/contract";
import type { Database } from "../db/database";
import { SessionTokenRow, UserRow } from "../db/models";
import { newEntityId } from "../directory/ids";
import { ApiHttpError, unauthenticated } from "../http/api-error";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "./password";
import { hashSessionToken, newSessionToken, sameTokenHash } from "./session-tokens";

const TOKEN_CACHE_LIMIT = 10_000;

export class AuthService {
  /** Token hash → user id; sessions are never revoked, so a hit stays valid for the process lifetime. */
  private readonly tokenCache = new Map<string, string>();

  constructor(private readonly db: Database) {}

  async register(credentials: Credentials): Promise<AuthSession> {
    const { hash, salt } = await hashPassword(credentials.password);
    const token = newSessionToken();
    try {
      const user = await this.db.write(async (transaction) => {
        const taken = await UserRow.findOne({ where: { username: credentials.username }, transaction });
        if (taken) throw new ApiHttpError("conflict", "this user name is taken");
        const now = new Date();
        const row = await UserRow.create(
          { id: newEntityId(), username: credentials.username, passwordHash: hash, passwordSalt: salt, createdAt: now },
          { transaction },
        );
        await SessionTokenRow.create({ tokenHash: hashSessionToken(token), userId: row.id, createdAt: now }, { transaction });
        return row;
      });
      return { user: { id: user.id, username: user.username }, token };
    } catch (error) {
      if (error instanceof UniqueConstraintError) throw new ApiHttpError("conflict", "this user name is taken");
      throw error;
    }
  }

  async login(credentials: Credentials): Promise<AuthSession> {
    const user = await UserRow.findOne({ where: { username: credentials.username } });
    const ok = user
      ? await verifyPassword(credentials.password, { hash: user.passwordHash, salt: user.passwordSalt })
      : await verifyAgainstDecoy(credentials.password);
    if (!user || !ok) throw unauthenticated("wrong user name or password");
    const token = newSessionToken();
    await this.db.write((transaction) =>
      SessionTokenRow.create({ tokenHash: hashSessionToken(token), userId: user.id, createdAt: new Date() }, { transaction }),
    );
    return { user: { id: user.id, username: user.username }, token };
  }

  /** The user id of a token, or undefined. */
  async userIdOfToken(token: string): Promise<string | undefined> {
    const tokenHash = hashSessionToken(token);
    const cached = this.tokenCache.get(tokenHash);
    if (cached) return cached;
    const row = await SessionTokenRow.findByPk(tokenHash);
    if (!row || !sameTokenHash(row.tokenHash, tokenHash)) return undefined;
    if (this.tokenCache.size >= TOKEN_CACHE_LIMIT) this.tokenCache.delete(this.tokenCache.keys().next().value as string);
    this.tokenCache.set(tokenHash, row.userId);
    return row.userId;
  }

  async usernameOf(userId: string): Promise<string | undefined> {
    return (await UserRow.findByPk(userId))?.username;
  }
}
