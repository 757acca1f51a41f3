// Second schema version: stored chat messages (an internal sequence orders each channel's history; the public id is
// random), attachments with their link to the message that carries them, and channel names compared without case.
import { DataTypes, QueryTypes, type QueryInterface } from "sequelize";
import { channelNameKey } from "../../directory/channel-names";

export const name = "0002-chat";

const ref = (model: string, onDelete: "CASCADE" | "NO ACTION" = "CASCADE") => ({ references: { model, key: "id" }, onDelete });

export async function up(qi: QueryInterface): Promise<void> {
  await qi.addColumn("channels", "name_key", { type: DataTypes.STRING(128), allowNull: true });
  await qi.addColumn("channels", "created_at", { type: DataTypes.DATE, allowNull: true });
  const channels = await qi.sequelize.query<{ id: string; name: string }>("SELECT id, name FROM channels", { type: QueryTypes.SELECT });
  for (const channel of channels) await qi.bulkUpdate("channels", { name_key: channelNameKey(channel.name) }, { id: channel.id });
  await qi.sequelize.query(
    "UPDATE channels SET created_at = (SELECT servers.created_at FROM servers WHERE servers.id = channels.server_id)",
  );
  await qi.addIndex("channels", ["server_id", "name_key"], { unique: true, name: "channels_server_id_name_key" });

  await qi.createTable("messages", {
    seq: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    id: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    server_id: { type: DataTypes.STRING(64), allowNull: false, ...ref("servers") },
    channel_id: { type: DataTypes.STRING(64), allowNull: false, ...ref("channels") },
    author_user_id: { type: DataTypes.STRING(64), allowNull: false, ...ref("users", "NO ACTION") },
    content: { type: DataTypes.TEXT, allowNull: false },
    sent_at: { type: DataTypes.DATE, allowNull: false },
    plugin_id: { type: DataTypes.STRING(128), allowNull: true },
    author_display_name: { type: DataTypes.STRING(128), allowNull: true },
  });
  await qi.addIndex("messages", ["channel_id", "seq"]);

  await qi.createTable("attachments", {
    id: { type: DataTypes.STRING(64), primaryKey: true },
    server_id: { type: DataTypes.STRING(64), allowNull: false, ...ref("servers") },
    channel_id: { type: DataTypes.STRING(64), allowNull: false, ...ref("channels") },
    uploader_id: { type: DataTypes.STRING(64), allowNull: false, ...ref("users", "NO ACTION") },
    name: { type: DataTypes.STRING(255), allowNull: false },
    media_type: { type: DataTypes.STRING(255), allowNull: false },
    size: { type: DataTypes.INTEGER, allowNull: false },
    stored_name: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex("attachments", ["channel_id"]);

  // One row per attached file; the primary key makes "attached at most once" a database rule.
  await qi.createTable("message_attachments", {
    attachment_id: { type: DataTypes.STRING(64), primaryKey: true, ...ref("attachments") },
    message_id: { type: DataTypes.STRING(64), allowNull: false, references: { model: "messages", key: "id" }, onDelete: "CASCADE" },
    position: { type: DataTypes.INTEGER, allowNull: false },
  });
  await qi.addIndex("message_attachments", ["message_id"]);
}

export async function down(qi: QueryInterface): Promise<void> {
  for (const table of ["message_attachments", "attachments", "messages"]) await qi.dropTable(table);
  await qi.removeIndex("channels", "channels_server_id_name_key");
  await qi.removeColumn("channels", "created_at");
  await qi.removeColumn("channels", "name_key");
}
