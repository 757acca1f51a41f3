// First schema version: directory (users, sessions, servers, channels, memberships) and plugin support tables.
import { DataTypes, type QueryInterface } from "sequelize";

export const name = "0001-initial";

export async function up(qi: QueryInterface): Promise<void> {
  await qi.createTable("users", {
    id: { type: DataTypes.STRING(64), primaryKey: true },
    username: { type: DataTypes.STRING(32), allowNull: false, unique: true },
    password_hash: { type: DataTypes.STRING(128), allowNull: false },
    password_salt: { type: DataTypes.STRING(64), allowNull: false },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.createTable("session_tokens", {
    token_hash: { type: DataTypes.STRING(64), primaryKey: true },
    user_id: { type: DataTypes.STRING(64), allowNull: false, references: { model: "users", key: "id" }, onDelete: "CASCADE" },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.createTable("servers", {
    id: { type: DataTypes.STRING(64), primaryKey: true },
    name: { type: DataTypes.STRING(128), allowNull: false },
    owner_id: { type: DataTypes.STRING(64), allowNull: false, references: { model: "users", key: "id" } },
    plugin_revision: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.createTable("channels", {
    id: { type: DataTypes.STRING(64), primaryKey: true },
    server_id: { type: DataTypes.STRING(64), allowNull: false, references: { model: "servers", key: "id" }, onDelete: "CASCADE" },
    name: { type: DataTypes.STRING(128), allowNull: false },
  });
  await qi.createTable("memberships", {
    server_id: { type: DataTypes.STRING(64), primaryKey: true, references: { model: "servers", key: "id" }, onDelete: "CASCADE" },
    user_id: { type: DataTypes.STRING(64), primaryKey: true, references: { model: "users", key: "id" }, onDelete: "CASCADE" },
    owner: { type: DataTypes.BOOLEAN, allowNull: false },
    manage_server: { type: DataTypes.BOOLEAN, allowNull: false },
    joined_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.createTable("plugin_requirements", {
    server_id: { type: DataTypes.STRING(64), primaryKey: true, references: { model: "servers", key: "id" }, onDelete: "CASCADE" },
    plugin_id: { type: DataTypes.STRING(128), primaryKey: true },
    status: { type: DataTypes.STRING(16), allowNull: false },
    version_range: { type: DataTypes.STRING(256), allowNull: true },
    install_url: { type: DataTypes.TEXT, allowNull: true },
    source_url: { type: DataTypes.TEXT, allowNull: true },
    manifest_json: { type: DataTypes.TEXT, allowNull: true },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.createTable("plugin_event_definitions", {
    server_id: { type: DataTypes.STRING(64), primaryKey: true, references: { model: "servers", key: "id" }, onDelete: "CASCADE" },
    plugin_id: { type: DataTypes.STRING(128), primaryKey: true },
    event_name: { type: DataTypes.STRING(128), primaryKey: true },
    direction: { type: DataTypes.STRING(16), allowNull: false },
    scope: { type: DataTypes.STRING(16), allowNull: false },
    schema_json: { type: DataTypes.TEXT, allowNull: true },
    max_payload_bytes: { type: DataTypes.INTEGER, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex("session_tokens", ["user_id"]);
  await qi.addIndex("channels", ["server_id"]);
  await qi.addIndex("memberships", ["user_id"]);
}

export async function down(qi: QueryInterface): Promise<void> {
  for (const table of [
    "plugin_event_definitions",
    "plugin_requirements",
    "memberships",
    "channels",
    "servers",
    "session_tokens",
    "users",
  ]) {
    await qi.dropTable(table);
  }
}
