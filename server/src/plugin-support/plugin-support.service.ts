// Server-scoped plugin requirements and event definitions: snapshot (serialised once per revision), upserts and
// removals (each with its revision bump in one transaction, then broadcast), and validatePluginEventEnvelope for the
// websocket.
import { validRange } from "semver";
import {
  QueryTypes,
  type Attributes,
  type CreationAttributes,
  type Model,
  type ModelStatic,
  type Transaction,
  type WhereOptions,
} from "sequelize";
import type {
  ErrorDetail,
  PluginEventDeclaration,
  PluginEventDefinition,
  PluginEventDefinitionInput,
  PluginEventEnvelope,
  PluginRequirement,
  PluginRequirementInput,
  PluginRequirementsSnapshot,
} from "@toju/generated/types/contract";
import { TypedEmitter, type Subscription } from "@toju/contracts/async/typed-emitter";
import { describeError } from "@toju/contracts/errors/coded-error";
import { validateManifest } from "@toju/contracts/manifest/validate-manifest";
import { pluginEventLimit } from "@toju/generated/types/constants";
import type { Database } from "../db/database";
import { PluginEventDefinitionRow, PluginRequirementRow, ServerRow } from "../db/models";
import { invalidRequest, notFound } from "../http/api-error";
import type { Logger } from "../ops/logger";
import { EventSchemaRegistry } from "./event-schema-registry";
import { checkPluginQuotas, type PluginChange } from "./plugin-quotas";
import { validatePluginEventEnvelope as checkPluginEvent, type PluginEventVerdict } from "./plugin-event-validation";
import { eventDefinitionFromRow, loadPluginSnapshot, requirementFromRow, type ServerState, type ServerStateStore } from "./server-state";
import { serializeSnapshot, type SerializedSnapshot } from "./snapshot-response";

interface PluginSupportEvents {
  /** A server's requirements or events changed: the snapshot committed with it (on PostgreSQL, concurrent changes may be told out of revision order). */
  snapshotChanged: PluginRequirementsSnapshot;
}

export class PluginSupportService {
  readonly schemas = new EventSchemaRegistry();
  private readonly events: TypedEmitter<PluginSupportEvents>;
  /** Keyed by the snapshot object a state holds, so it lives exactly as long as that revision stays cached. */
  private readonly serialized = new WeakMap<PluginRequirementsSnapshot, SerializedSnapshot>();

  constructor(
    private readonly db: Database,
    private readonly states: ServerStateStore,
    log: Logger,
  ) {
    // A failing listener (a broadcast) must not fail the change that already committed.
    this.events = new TypedEmitter((error) =>
      log("error", "plugin_support.listener_failed", { message: describeError(error).slice(0, 200) }),
    );
  }

  onSnapshotChanged(listener: (snapshot: PluginRequirementsSnapshot) => void): Subscription {
    return this.events.on("snapshotChanged", listener);
  }

  /** The committed snapshot, never older than a change acknowledged by any instance (a client may read where it did not write). */
  async snapshot(serverId: string): Promise<PluginRequirementsSnapshot> {
    const state = await this.states.current(serverId);
    if (!state) throw notFound("unknown server");
    return state.snapshot;
  }

  /** The snapshot as sent: its JSON text and strong ETag, computed once per revision. */
  async serializedSnapshot(serverId: string): Promise<SerializedSnapshot> {
    const snapshot = await this.snapshot(serverId);
    let serialized = this.serialized.get(snapshot);
    if (!serialized) this.serialized.set(snapshot, (serialized = serializeSnapshot(snapshot)));
    return serialized;
  }

  async putRequirement(serverId: string, pluginId: string, input: PluginRequirementInput): Promise<PluginRequirement> {
    if (input.versionRange !== undefined && validRange(input.versionRange) === null) {
      throw invalidRequest("the version range is not a valid semver range", [
        { path: "/body/versionRange", message: "not a valid semver range" },
      ]);
    }
    const declarations = input.manifest ? this.checkManifest(pluginId, input.manifest) : [];
    const planned = (now: Date): PluginChange => ({
      requirement: { pluginId, ...input, updatedAt: now.toISOString() },
      events: declarations.map((declaration) => definitionOf(pluginId, declaration.eventName, declaration, now)),
    });
    return this.change(serverId, planned, async (transaction, now) => {
      const row = await upsert(
        PluginRequirementRow,
        { serverId, pluginId },
        {
          status: input.status,
          versionRange: input.versionRange ?? null,
          installUrl: input.installUrl ?? null,
          sourceUrl: input.sourceUrl ?? null,
          manifestJson: input.manifest ? JSON.stringify(input.manifest) : null,
          updatedAt: now,
        },
        transaction,
      );
      for (const declaration of declarations) {
        await upsert(
          PluginEventDefinitionRow,
          { serverId, pluginId, eventName: declaration.eventName },
          eventColumns(declaration, now),
          transaction,
        );
      }
      return requirementFromRow(row);
    });
  }

  async deleteRequirement(serverId: string, pluginId: string): Promise<void> {
    await this.change(serverId, undefined, async (transaction) => {
      const removed = await PluginRequirementRow.destroy({ where: { serverId, pluginId }, transaction });
      if (removed === 0) throw notFound("the server has no requirement for this plugin");
    });
  }

  async putEvent(serverId: string, pluginId: string, eventName: string, input: PluginEventDefinitionInput): Promise<PluginEventDefinition> {
    if (input.schema) {
      const problems = this.schemas.problems(input.schema, "/body/schema");
      if (problems.length > 0) throw invalidRequest("the event schema is not usable", problems);
    }
    const planned = (now: Date): PluginChange => ({ events: [definitionOf(pluginId, eventName, input, now)] });
    return this.change(serverId, planned, async (transaction, now) => {
      const row = await upsert(PluginEventDefinitionRow, { serverId, pluginId, eventName }, eventColumns(input, now), transaction);
      return eventDefinitionFromRow(row);
    });
  }

  async deleteEvent(serverId: string, pluginId: string, eventName: string): Promise<void> {
    await this.change(serverId, undefined, async (transaction) => {
      const removed = await PluginEventDefinitionRow.destroy({ where: { serverId, pluginId, eventName }, transaction });
      if (removed === 0) throw notFound("the server has no such event definition");
    });
  }

  validatePluginEventEnvelope(envelope: PluginEventEnvelope, state: ServerState | undefined, senderUserId: string): PluginEventVerdict {
    return checkPluginEvent(envelope, { state, senderUserId, schemas: this.schemas });
  }

  /** Schema and semantic manifest checks, `id` equal to the path's plugin, usable event schemas; returns the events to upsert. */
  private checkManifest(pluginId: string, manifest: PluginRequirementInput["manifest"] & object): PluginEventDeclaration[] {
    const result = validateManifest(manifest);
    const details: ErrorDetail[] = result.issues.map((issue) => ({
      path: `/body/manifest${issue.path}`,
      message: `${issue.code}: ${issue.message}`,
    }));
    if (manifest.id !== pluginId)
      details.push({ path: "/body/manifest/id", message: `must equal the path's pluginId ${JSON.stringify(pluginId)}` });
    const declarations = manifest.events ?? [];
    declarations.forEach((declaration, i) => {
      if (declaration.schema) details.push(...this.schemas.problems(declaration.schema, `/body/manifest/events/${i}/schema`));
    });
    if (details.length > 0) throw invalidRequest("the manifest is not valid", dedupe(details));
    return declarations;
  }

  /**
   * One transaction: the revision bump first (its row lock orders every change to this server's plugins, from any
   * instance), the quotas checked against the committed snapshot (`planned`: what the change adds), the change, and
   * the snapshot at the new revision; then, once committed, the cached state and the broadcast.
   */
  private async change<T>(
    serverId: string,
    planned: ((now: Date) => PluginChange) | undefined,
    work: (transaction: Transaction, now: Date) => Promise<T>,
  ): Promise<T> {
    const now = new Date();
    const { result, snapshot } = await this.db.write(async (transaction) => {
      const revision = await bumpPluginRevision(serverId, transaction);
      if (planned) checkPluginQuotas(await loadPluginSnapshot(serverId, revision - 1, transaction), planned(now));
      const result = await work(transaction, now);
      return { result, snapshot: await loadPluginSnapshot(serverId, revision, transaction) };
    });
    this.states.applySnapshot(snapshot);
    this.events.emit("snapshotChanged", snapshot);
    return result;
  }
}

/** `UPDATE … RETURNING`: the new revision, with the server's row locked until the transaction ends. */
async function bumpPluginRevision(serverId: string, transaction: Transaction): Promise<number> {
  const rows = await ServerRow.sequelize!.query<{ plugin_revision: number | string }>(
    "UPDATE servers SET plugin_revision = plugin_revision + 1 WHERE id = :serverId RETURNING plugin_revision",
    { replacements: { serverId }, type: QueryTypes.SELECT, transaction },
  );
  if (rows.length === 0) throw notFound("unknown server");
  return Number(rows[0].plugin_revision);
}

/** The definition as the snapshot will list it once written. */
function definitionOf(
  pluginId: string,
  eventName: string,
  input: PluginEventDefinitionInput | PluginEventDeclaration,
  now: Date,
): PluginEventDefinition {
  return {
    pluginId,
    eventName,
    direction: input.direction,
    scope: input.scope,
    ...(input.schema ? { schema: input.schema } : {}),
    maxPayloadBytes: input.maxPayloadBytes ?? pluginEventLimit.defaultMaxPayloadBytes,
    updatedAt: now.toISOString(),
  };
}

function eventColumns(input: PluginEventDefinitionInput | PluginEventDeclaration, now: Date) {
  return {
    direction: input.direction,
    scope: input.scope,
    schemaJson: input.schema ? JSON.stringify(input.schema) : null,
    maxPayloadBytes: input.maxPayloadBytes ?? pluginEventLimit.defaultMaxPayloadBytes,
    updatedAt: now,
  };
}

async function upsert<R extends Model>(
  model: ModelStatic<R>,
  key: Record<string, unknown>,
  values: Record<string, unknown>,
  transaction: Transaction,
): Promise<R> {
  const existing = await model.findOne({ where: key as WhereOptions, transaction });
  if (!existing) return model.create({ ...key, ...values } as CreationAttributes<R>, { transaction });
  existing.set(values as Partial<Attributes<R>>);
  return existing.save({ transaction });
}

function dedupe(details: ErrorDetail[]): ErrorDetail[] {
  const seen = new Set<string>();
  return details.filter((d) => {
    const key = `${d.path}\u0000${d.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
