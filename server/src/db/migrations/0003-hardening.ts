// Third schema version: user names unique without regard to case, and servers found by owner (the servers-owned quota).
// Each user gets `username_key` (its name in lower case; names are ASCII) under a unique index (not named
// `users_username_key`: PostgreSQL already gives that name to the unique constraint on `username`). Where names already
// differed only in case, the oldest account keeps the key and the later ones keep none: they still sign in with their
// exact spelling, and no new account can take any spelling of the name.
import { DataTypes, QueryTypes, type QueryInterface } from "sequelize";

export const name = "0003-hardening";

export async function up(qi: QueryInterface): Promise<void> {
  const { sequelize } = qi;
  await qi.addColumn("users", "username_key", { type: DataTypes.STRING(32), allowNull: true });
  await qi.bulkUpdate("users", { username_key: sequelize.fn("LOWER", sequelize.col("username")) }, {});
  const clashes = await sequelize.query<{ username_key: string }>(
    "SELECT username_key FROM users GROUP BY username_key HAVING COUNT(*) > 1",
    { type: QueryTypes.SELECT },
  );
  for (const { username_key: key } of clashes) {
    const users = await sequelize.query<{ id: string }>("SELECT id FROM users WHERE username_key = :key ORDER BY created_at, id", {
      type: QueryTypes.SELECT,
      replacements: { key },
    });
    await qi.bulkUpdate("users", { username_key: null }, { id: users.slice(1).map((u) => u.id) });
  }
  await qi.addIndex("users", ["username_key"], { unique: true, name: "users_username_key_unique" });
  await qi.addIndex("servers", ["owner_id"], { name: "servers_owner_id" });
}

export async function down(qi: QueryInterface): Promise<void> {
  await qi.removeIndex("servers", "servers_owner_id");
  await qi.removeIndex("users", "users_username_key_unique");
  await qi.removeColumn("users", "username_key");
}
