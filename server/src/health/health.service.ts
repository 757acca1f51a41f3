// The health report: the database and Redis probed together, with a bounded wait; concurrent checks share one probe
// and a fresh result is reused briefly, so polling /api/health cannot load the database.
import type { DependencyHealth, HealthStatus } from "@toju/generated/types/contract";
import type { Database } from "../db/database";
import type { FanoutBus } from "../fanout/fanout-bus";
import type { Logger } from "../ops/logger";

const PROBE_TIMEOUT_MS = 2_000;
const REUSE_MS = 250;

export class HealthService {
  private probing?: Promise<HealthStatus>;
  private last?: { at: number; health: HealthStatus };

  constructor(
    private readonly db: Database,
    private readonly bus: FanoutBus,
    private readonly log: Logger,
  ) {}

  check(): Promise<HealthStatus> {
    if (this.last && Date.now() - this.last.at < REUSE_MS) return Promise.resolve(this.last.health);
    return (this.probing ??= this.probe().finally(() => (this.probing = undefined)));
  }

  private async probe(): Promise<HealthStatus> {
    const [database, redis] = await Promise.all([
      this.db.ping(PROBE_TIMEOUT_MS).then((ok): DependencyHealth => (ok ? "ok" : "unavailable")),
      this.bus.health(PROBE_TIMEOUT_MS),
    ]);
    const health: HealthStatus = { status: database === "ok" && redis !== "unavailable" ? "ok" : "unavailable", database, redis };
    const before = this.last?.health;
    if (before && (before.database !== database || before.redis !== redis))
      this.log(health.status === "ok" ? "info" : "warn", "health.changed", { ...health });
    this.last = { at: Date.now(), health };
    return health;
  }
}
