// Sequelize models over the migrated tables; dialect-neutral types only (PostgreSQL comes through the same DATABASE_URL).
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from "sequelize";

export class UserRow extends Model<InferAttributes<UserRow>, InferCreationAttributes<UserRow>> {
  declare id: string;
  declare username: string;
  /** The name as it is compared for uniqueness (lower case); null for an account whose name clashed before 0003. */
  declare usernameKey: string | null;
  declare passwordHash: string;
  declare passwordSalt: string;
  declare createdAt: Date;
}

export class SessionTokenRow extends Model<InferAttributes<SessionTokenRow>, InferCreationAttributes<SessionTokenRow>> {
  declare tokenHash: string;
  declare userId: string;
  declare createdAt: Date;
}

export class ServerRow extends Model<InferAttributes<ServerRow>, InferCreationAttributes<ServerRow>> {
  declare id: string;
  declare name: string;
  declare ownerId: string;
  declare pluginRevision: CreationOptional<number>;
  declare createdAt: Date;
}

export class ChannelRow extends Model<InferAttributes<ChannelRow>, InferCreationAttributes<ChannelRow>> {
  declare id: string;
  declare serverId: string;
  declare name: string;
  /** The name as it is compared for uniqueness in its server (`channelNameKey`). */
  declare nameKey: string;
  declare createdAt: Date;
}

export class MembershipRow extends Model<InferAttributes<MembershipRow>, InferCreationAttributes<MembershipRow>> {
  declare serverId: string;
  declare userId: string;
  declare owner: boolean;
  declare manageServer: boolean;
  declare joinedAt: Date;
}

export class PluginRequirementRow extends Model<InferAttributes<PluginRequirementRow>, InferCreationAttributes<PluginRequirementRow>> {
  declare serverId: string;
  declare pluginId: string;
  declare status: string;
  declare versionRange: string | null;
  declare installUrl: string | null;
  declare sourceUrl: string | null;
  declare manifestJson: string | null;
  declare updatedAt: Date;
}

export class PluginEventDefinitionRow extends Model<
  InferAttributes<PluginEventDefinitionRow>,
  InferCreationAttributes<PluginEventDefinitionRow>
> {
  declare serverId: string;
  declare pluginId: string;
  declare eventName: string;
  declare direction: string;
  declare scope: string;
  declare schemaJson: string | null;
  declare maxPayloadBytes: number;
  declare updatedAt: Date;
}

export class MessageRow extends Model<InferAttributes<MessageRow>, InferCreationAttributes<MessageRow>> {
  /** Orders a channel's history; never leaves the server. */
  declare seq: CreationOptional<number>;
  declare id: string;
  declare serverId: string;
  declare channelId: string;
  declare authorUserId: string;
  declare content: string;
  declare sentAt: Date;
  declare pluginId: string | null;
  declare authorDisplayName: string | null;
}

export class AttachmentRow extends Model<InferAttributes<AttachmentRow>, InferCreationAttributes<AttachmentRow>> {
  declare id: string;
  declare serverId: string;
  declare channelId: string;
  declare uploaderId: string;
  declare name: string;
  declare mediaType: string;
  declare size: number;
  /** The file's random name in the attachments folder. */
  declare storedName: string;
  declare createdAt: Date;
}

export class MessageAttachmentRow extends Model<InferAttributes<MessageAttachmentRow>, InferCreationAttributes<MessageAttachmentRow>> {
  declare attachmentId: string;
  declare messageId: string;
  declare position: number;
}

const common = { underscored: true, timestamps: false, freezeTableName: true } as const;
const id = (primaryKey = true) => ({ type: DataTypes.STRING(64), primaryKey, allowNull: false });

export function defineModels(sequelize: Sequelize): void {
  UserRow.init(
    {
      id: id(),
      username: { type: DataTypes.STRING(32), allowNull: false, unique: true },
      usernameKey: { type: DataTypes.STRING(32), allowNull: true },
      passwordHash: { type: DataTypes.STRING(128), allowNull: false },
      passwordSalt: { type: DataTypes.STRING(64), allowNull: false },
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...common, sequelize, tableName: "users" },
  );
  SessionTokenRow.init(
    {
      tokenHash: { type: DataTypes.STRING(64), primaryKey: true },
      userId: id(false),
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...common, sequelize, tableName: "session_tokens" },
  );
  ServerRow.init(
    {
      id: id(),
      name: { type: DataTypes.STRING(128), allowNull: false },
      ownerId: id(false),
      pluginRevision: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...common, sequelize, tableName: "servers" },
  );
  ChannelRow.init(
    {
      id: id(),
      serverId: id(false),
      name: { type: DataTypes.STRING(128), allowNull: false },
      nameKey: { type: DataTypes.STRING(128), allowNull: false },
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...common, sequelize, tableName: "channels" },
  );
  MembershipRow.init(
    {
      serverId: id(),
      userId: id(),
      owner: { type: DataTypes.BOOLEAN, allowNull: false },
      manageServer: { type: DataTypes.BOOLEAN, allowNull: false },
      joinedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...common, sequelize, tableName: "memberships" },
  );
  PluginRequirementRow.init(
    {
      serverId: id(),
      pluginId: { type: DataTypes.STRING(128), primaryKey: true },
      status: { type: DataTypes.STRING(16), allowNull: false },
      versionRange: { type: DataTypes.STRING(256), allowNull: true },
      installUrl: { type: DataTypes.TEXT, allowNull: true },
      sourceUrl: { type: DataTypes.TEXT, allowNull: true },
      manifestJson: { type: DataTypes.TEXT, allowNull: true },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...common, sequelize, tableName: "plugin_requirements" },
  );
  PluginEventDefinitionRow.init(
    {
      serverId: id(),
      pluginId: { type: DataTypes.STRING(128), primaryKey: true },
      eventName: { type: DataTypes.STRING(128), primaryKey: true },
      direction: { type: DataTypes.STRING(16), allowNull: false },
      scope: { type: DataTypes.STRING(16), allowNull: false },
      schemaJson: { type: DataTypes.TEXT, allowNull: true },
      maxPayloadBytes: { type: DataTypes.INTEGER, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...common, sequelize, tableName: "plugin_event_definitions" },
  );
  MessageRow.init(
    {
      seq: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      id: { type: DataTypes.STRING(64), allowNull: false, unique: true },
      serverId: id(false),
      channelId: id(false),
      authorUserId: id(false),
      content: { type: DataTypes.TEXT, allowNull: false },
      sentAt: { type: DataTypes.DATE, allowNull: false },
      pluginId: { type: DataTypes.STRING(128), allowNull: true },
      authorDisplayName: { type: DataTypes.STRING(128), allowNull: true },
    },
    { ...common, sequelize, tableName: "messages" },
  );
  AttachmentRow.init(
    {
      id: id(),
      serverId: id(false),
      channelId: id(false),
      uploaderId: id(false),
      name: { type: DataTypes.STRING(255), allowNull: false },
      mediaType: { type: DataTypes.STRING(255), allowNull: false },
      size: { type: DataTypes.INTEGER, allowNull: false },
      storedName: { type: DataTypes.STRING(64), allowNull: false, unique: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...common, sequelize, tableName: "attachments" },
  );
  MessageAttachmentRow.init(
    {
      attachmentId: id(),
      messageId: id(false),
      position: { type: DataTypes.INTEGER, allowNull: false },
    },
    { ...common, sequelize, tableName: "message_attachments" },
  );
}
