// Sequelize models over the migrated tables; dialect-neutral types only (PostgreSQL comes through the same DATABASE_URL).
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from "sequelize";

export class UserRow extends Model<InferAttributes<UserRow>, InferCreationAttributes<UserRow>> {
  declare id: string;
  declare username: string;
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

const common = { underscored: true, timestamps: false, freezeTableName: true } as const;
const id = (primaryKey = true) => ({ type: DataTypes.STRING(64), primaryKey, allowNull: false });

export function defineModels(sequelize: Sequelize): void {
  UserRow.init(
    {
      id: id(),
      username: { type: DataTypes.STRING(32), allowNull: false, unique: true },
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
    { id: id(), serverId: id(false), name: { type: DataTypes.STRING(128), allowNull: false } },
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
}
