// PluginHost: registers manifests, plans activation and runs the plan, keeping each plugin's state (the seed's PluginHostService).
import type { Capability, PluginActivationReason, PluginRequirementsSnapshot, TojuPluginManifest } from "@toju/generated/types/contract";
import { SerialQueue } from "@toju/contracts/async/serial-queue";
import { describeError } from "@toju/contracts/errors/coded-error";
import { TypedEmitter } from "@toju/contracts/async/typed-emitter";
import type { ManifestIssue } from "@toju/contracts/manifest/manifest-issue";
import {
  TOJU_PLUGIN_API_VERSION,
  type Disposable,
  type PluginDataChangedEvent,
  type TojuClientPluginApi,
  type TojuClientPluginModule,
} from "@toju/contracts/sdk/toju-plugin-sdk";
import { planActivation, type ActivationPlan, type PlannedActivation, type SkippedPlugin } from "../activation/activation-planner";
import type { PluginDescriptor, PluginOrigin } from "../activation/plugin-descriptor";
import { isActiveLifecycleState } from "../activation/plugin-lifecycle";
import { PluginHostError } from "./plugin-host-error";
import { checkRegistration } from "./plugin-registration";
import { PluginRunner } from "./plugin-runner";
import { PluginStateTable, type PluginRuntimeState, type PluginStateChange } from "./plugin-state-table";

export interface PluginHostOptions {
  loadModule(plugin: PluginDescriptor): Promise<TojuClientPluginModule>;
  /**
   * Applies the manifest's `ui.stylesheets` (themes and any other plugin that lists some) before `activate`; what it
   * returns is disposed with the plugin's subscriptions, so the styles go when the plugin stops or fails.
   */
  applyStylesheets?(plugin: PluginDescriptor): Promise<Disposable>;
  createApi(pluginId: string, manifest: TojuPluginManifest): TojuClientPluginApi;
  /** The running Toju version (semver). */
  tojuVersion: string;
  /** Defaults to the SDK's `TOJU_PLUGIN_API_VERSION`. */
  apiMajor?: string;
  /** How long a module load or a hook may take before the plugin is failed; default 10 s. */
  hookTimeoutMs?: number;
  /** The user's persisted choice. */
  disabledPluginIds?: Iterable<string>;
  /** What the user granted a plugin, read at every plan; call `capabilityGrantsChanged` when it changes. */
  grantedCapabilities(pluginId: string): readonly Capability[];
  /** Problems that change no state (a throwing `dispose`, a failing cleanup); default `console.warn`. */
  reportError?(pluginId: string, message: string): void;
}

export type RegistrationResult = { accepted: true; pluginId: string } | { accepted: false; pluginId?: string; issues: ManifestIssue[] };

export interface ActivationEnvironment {
  /** The open server's requirements; pass `undefined` explicitly when no server is open. */
  serverRequirements?: PluginRequirementsSnapshot;
}

interface ReconcileOptions {
  /** Run activations (false before the first `activateAll`: states are still brought up to date). */
  activate: boolean;
  /** Plugins in `unloaded` or `failed` state to start again (reload, activateAll); others stay as they are. */
  restart?: ReadonlySet<string>;
  /** `activateAll` restarts every plugin stopped by `deactivate`. */
  restartUnloaded?: boolean;
}

interface HostEvents {
  stateChanged: PluginStateChange;
}

const DEFAULT_HOOK_TIMEOUT_MS = 10_000;

export class PluginHost {
  private readonly events = new TypedEmitter<HostEvents>((error) => this.report("", `a state listener threw: ${describeError(error)}`));
  private readonly table = new PluginStateTable((change) => this.events.emit("stateChanged", change));
  private readonly queue = new SerialQueue();
  private readonly runner: PluginRunner;
  private readonly disabled: Set<string>;
  private serverRequirements?: PluginRequirementsSnapshot;
  private started = false;
  private plan?: ActivationPlan;

  constructor(private readonly options: PluginHostOptions) {
    this.disabled = new Set(options.disabledPluginIds ?? []);
    this.runner = new PluginRunner(this.table, {
      loadModule: options.loadModule,
      applyStylesheets: options.applyStylesheets,
      createApi: options.createApi,
      hookTimeoutMs: options.hookTimeoutMs ?? DEFAULT_HOOK_TIMEOUT_MS,
      reportError: (pluginId, message) => this.report(pluginId, message),
    });
  }

  getState(pluginId: string): PluginRuntimeState | undefined {
    return this.table.get(pluginId);
  }

  /** Every registered plugin, sorted by id. */
  listStates(): PluginRuntimeState[] {
    return this.table.list();
  }

  onStateChange(listener: (change: PluginStateChange) => void): Disposable {
    return this.events.on("stateChanged", listener);
  }

  get disabledPluginIds(): string[] {
    return [...this.disabled].sort();
  }

  /** The plan of the last activation run, with its ordering notices. */
  get lastPlan(): ActivationPlan | undefined {
    return this.plan;
  }

  /** Running plugins in activation order. */
  get runningPluginIds(): string[] {
    return this.runner.runningIds();
  }

  /**
   * Validates and records a manifest. A new manifest for a running plugin is kept for its next reload;
   * an invalid one never replaces a valid registration that is running.
   */
  registerManifest(raw: unknown, origin: PluginOrigin): RegistrationResult {
    const check = checkRegistration(raw, origin);
    const existing = check.pluginId === undefined ? undefined : this.table.get(check.pluginId);
    const running = existing !== undefined && isActiveLifecycleState(existing.state);
    if (!check.valid) {
      if (check.pluginId !== undefined && !running) {
        const state = this.disabled.has(check.pluginId) ? "disabled" : "discovered";
        this.table.register({
          pluginId: check.pluginId,
          state,
          reason: invalidManifest(check.pluginId, check.issues),
          issues: check.issues,
        });
      }
      return { accepted: false, pluginId: check.pluginId, issues: check.issues };
    }
    if (running) this.table.replaceDescriptor(check.pluginId, check.descriptor);
    else {
      const state = this.disabled.has(check.pluginId) ? "disabled" : "validated";
      this.table.register({ pluginId: check.pluginId, state, issues: [], descriptor: check.descriptor });
    }
    return { accepted: true, pluginId: check.pluginId };
  }

  /** Starts the runtime: activates every plugin the plan allows, then runs `ready()` for the batch. */
  activateAll(environment?: ActivationEnvironment): Promise<ActivationPlan> {
    return this.queue.run(async () => {
      if (environment && "serverRequirements" in environment) this.serverRequirements = environment.serverRequirements;
      this.started = true;
      return this.reconcile({ activate: true, restartUnloaded: true });
    });
  }

  /** Stops the plugin (and, first, the running plugins that require it); it stays `unloaded` until reloaded. */
  deactivate(pluginId: string): Promise<void> {
    return this.queue.run(async () => {
      this.known(pluginId);
      await this.stopWithDependents(pluginId, { code: "deactivated", message: `"${this.title(pluginId)}" was deactivated.` });
    });
  }

  /** A running plugin that can no longer run (an isolated plugin's worker stopped answering): its dependents stop, it fails. */
  failRunning(pluginId: string, reason: PluginActivationReason): Promise<void> {
    return this.queue.run(async () => {
      await this.stopDependents(pluginId, "failed");
      this.runner.abandon(pluginId, reason);
    });
  }

  /** Stops the plugin and its dependents, imports its module again and activates them in plan order. */
  reload(pluginId: string): Promise<ActivationPlan> {
    return this.queue.run(async () => {
      const entry = this.known(pluginId);
      if (this.disabled.has(pluginId))
        throw new PluginHostError("plugin_disabled", pluginId, `"${this.title(pluginId)}" is disabled; enable it first.`);
      if (!entry.descriptor || entry.state === "discovered")
        throw new PluginHostError("invalid_manifest", pluginId, `The manifest of "${pluginId}" is invalid.`);
      const stopped = await this.stopWithDependents(pluginId, { code: "deactivated", message: `"${this.title(pluginId)}" is reloading.` });
      return this.reconcile({ activate: true, restart: new Set([pluginId, ...stopped]) });
    });
  }

  /** Stops the plugin (its dependents first) and forgets it, as when it is uninstalled; what required it is planned without it. */
  unregister(pluginId: string): Promise<ActivationPlan> {
    return this.queue.run(async () => {
      this.known(pluginId);
      const stopped = await this.stopWithDependents(pluginId, { code: "deactivated", message: `"${this.title(pluginId)}" was removed.` });
      this.table.remove(pluginId);
      this.disabled.delete(pluginId);
      return this.reconcile({ activate: this.started, restart: new Set(stopped) });
    });
  }

  /** The user's choice: a disabled plugin is stopped (with its dependents) and never activated until enabled. */
  setDisabled(pluginId: string, disabled: boolean): Promise<ActivationPlan> {
    return this.queue.run(async () => {
      this.known(pluginId);
      this.markDisabled(pluginId, disabled);
      return this.reconcile({ activate: this.started, restart: disabled ? undefined : new Set([pluginId]) });
    });
  }

  /** Another profile's choice replaces the whole set (sign-in, sign-out, switching users); one plan follows. */
  replaceDisabled(pluginIds: Iterable<string>): Promise<ActivationPlan> {
    return this.queue.run(async () => {
      const next = new Set(pluginIds);
      const enabled = [...this.disabled].filter((pluginId) => !next.has(pluginId));
      for (const pluginId of enabled) this.markDisabled(pluginId, false);
      for (const pluginId of next) this.markDisabled(pluginId, true);
      return this.reconcile({ activate: this.started, restart: new Set(enabled) });
    });
  }

  private markDisabled(pluginId: string, disabled: boolean): void {
    const entry = this.table.get(pluginId);
    if (disabled) {
      this.disabled.add(pluginId);
      // A plugin with an invalid manifest is no candidate of any plan, so it is moved here.
      if (entry && !entry.descriptor && entry.state !== "disabled")
        this.table.move(pluginId, "disabled", { code: "disabled_by_user", message: `"${pluginId}" is disabled.` });
    } else if (this.disabled.delete(pluginId) && entry?.state === "disabled") {
      if (entry.descriptor) this.table.move(pluginId, "validated");
      else this.table.move(pluginId, "discovered", invalidManifest(pluginId, entry.issues));
    }
  }

  /** Re-plans for the user's new grants: a plugin that now holds some of what it declares starts, one that holds none stops. */
  capabilityGrantsChanged(): Promise<ActivationPlan> {
    return this.queue.run(() => this.reconcile({ activate: this.started }));
  }

  /** Settles once every operation queued so far has run. */
  whenIdle(): Promise<void> {
    return this.queue.idle();
  }

  /** Re-plans for the new snapshot (stopping what became blocked, starting what became allowed), then tells running plugins. */
  notifyServerRequirementsChanged(snapshot: PluginRequirementsSnapshot | undefined): Promise<ActivationPlan> {
    return this.queue.run(async () => {
      this.serverRequirements = snapshot;
      const plan = await this.reconcile({ activate: this.started });
      if (!snapshot) return plan;
      return (await this.notifyRunning(this.runner.runningIds(), "onServerRequirementsChanged", snapshot))
        ? plan
        : this.reconcile({ activate: this.started });
    });
  }

  /** A data key of the plugin changed outside this plugin instance. */
  notifyPluginDataChanged(pluginId: string, event: PluginDataChangedEvent): Promise<void> {
    return this.queue.run(async () => {
      if (!(await this.notifyRunning([pluginId], "onPluginDataChanged", event))) await this.reconcile({ activate: this.started });
    });
  }

  /**
   * Brings every plugin to what the plan says. A failure changes the plan (its dependents become blocked),
   * so it plans again until nothing new fails; failed plugins are never retried here, so this ends.
   */
  private async reconcile(options: ReconcileOptions): Promise<ActivationPlan> {
    let restart = options.restart;
    for (;;) {
      const plan = this.planNow(restart);
      this.plan = plan;
      await this.stopOutsidePlan(plan);
      this.applySkips(plan.skipped);
      if (!options.activate) {
        for (const { pluginId } of plan.activate)
          if (["blocked", "validated"].includes(this.table.get(pluginId)!.state)) this.table.move(pluginId, "validated");
        return plan;
      }
      const batch = plan.activate.filter((p) => this.shouldStart(p.pluginId, restart, options.restartUnloaded === true));
      restart = undefined;
      if (await this.activateBatch(batch)) return plan;
    }
  }

  private planNow(restart: ReadonlySet<string> | undefined): ActivationPlan {
    const entries = this.table.list();
    const candidates = entries.filter((e) => e.descriptor && e.state !== "discovered").map((e) => e.descriptor!);
    return planActivation({
      apiMajor: this.options.apiMajor ?? TOJU_PLUGIN_API_VERSION,
      tojuVersion: this.options.tojuVersion,
      candidates,
      serverRequirements: this.serverRequirements,
      disabledPluginIds: this.disabled,
      grantedCapabilities: new Map(candidates.map(({ manifest }) => [manifest.id, this.options.grantedCapabilities(manifest.id)])),
      failedPluginIds: entries.filter((e) => e.state === "failed" && !restart?.has(e.pluginId)).map((e) => e.pluginId),
    });
  }

  private shouldStart(pluginId: string, restart: ReadonlySet<string> | undefined, restartUnloaded: boolean): boolean {
    const state = this.table.get(pluginId)!.state;
    if (state === "validated" || state === "blocked") return true;
    if (state === "unloaded") return restartUnloaded || restart?.has(pluginId) === true;
    return state === "failed" && restart?.has(pluginId) === true;
  }

  /**
   * Activates in order, then runs `ready()` for every plugin of the batch. Returns false when any plugin failed. Every
   * module of the batch is fetched and imported at once (imports dominate start-up); `activate` still runs one plugin at
   * a time in plan order, so a plugin blocked by a dependency that fails in this batch may have been imported, never run.
   */
  private async activateBatch(batch: readonly PlannedActivation[]): Promise<boolean> {
    let allWell = true;
    const started: string[] = [];
    const loading = new Map(
      batch
        .filter(({ descriptor }) => descriptor.manifest.kind !== "theme")
        .map(({ pluginId, descriptor }) => [pluginId, this.preload(descriptor)]),
    );
    for (const { pluginId, descriptor } of batch) {
      const missing = this.stoppedDependency(descriptor.manifest);
      if (missing) {
        this.table.move(pluginId, "blocked", missing);
        continue;
      }
      if (await this.runner.start(descriptor, loading.get(pluginId))) started.push(pluginId);
      else allWell = false;
    }
    for (const pluginId of started) {
      if (this.table.get(pluginId)!.state !== "ready" || this.stoppedDependency(this.table.get(pluginId)!.descriptor!.manifest)) continue;
      allWell = (await this.runner.ready(pluginId)) && allWell;
    }
    return allWell;
  }

  /** A load started ahead of its activation; its failure is reported when the activation awaits it, never as unhandled. */
  private preload(descriptor: PluginDescriptor): Promise<TojuClientPluginModule> {
    const loading = Promise.resolve().then(() => this.options.loadModule(descriptor));
    loading.catch(() => undefined);
    return loading;
  }

  /** A dependency that failed earlier in the same batch: the plan could not know yet. */
  private stoppedDependency(manifest: TojuPluginManifest): PluginActivationReason | undefined {
    for (const { pluginId } of manifest.relationships?.requires ?? []) {
      const state = this.table.get(pluginId)?.state;
      if (state !== "ready" && state !== "loaded") {
        return {
          code: "dependency_blocked",
          message: `"${manifest.title}" requires "${this.title(pluginId)}", which ${state === "failed" ? "failed" : "is not running"}.`,
          relatedPluginIds: [pluginId],
        };
      }
    }
    return undefined;
  }

  /** Running plugins the plan no longer allows are stopped, latest activated first, and take the plan's state. */
  private async stopOutsidePlan(plan: ActivationPlan): Promise<void> {
    const allowed = new Set(plan.activate.map((p) => p.pluginId));
    const skipped = new Map(plan.skipped.map((s) => [s.pluginId, s]));
    for (const pluginId of this.runner.runningIds().reverse()) {
      if (!allowed.has(pluginId)) await this.runner.stop(pluginId, skipped.get(pluginId)!.reason);
    }
  }

  private applySkips(skipped: readonly SkippedPlugin[]): void {
    const target = { blocked: "blocked", disabled: "disabled", inactive: "validated" } as const;
    for (const skip of skipped) {
      const entry = this.table.get(skip.pluginId)!;
      if (
        skip.outcome === "failed" ||
        entry.descriptor !== skip.descriptor ||
        entry.state === "failed" ||
        isActiveLifecycleState(entry.state)
      )
        continue;
      this.table.move(skip.pluginId, target[skip.outcome], skip.reason);
    }
  }

  /** Returns the dependents it stopped, so a reload can start them again. */
  private async stopWithDependents(pluginId: string, reason: PluginActivationReason): Promise<string[]> {
    const dependents = await this.stopDependents(pluginId, "was stopped");
    await this.runner.stop(pluginId, reason);
    return dependents;
  }

  /** Stops the running plugins that require `pluginId`, latest started first; returns their ids. */
  private async stopDependents(pluginId: string, what: "was stopped" | "failed"): Promise<string[]> {
    const dependents = this.runningDependentsOf(pluginId);
    const because: PluginActivationReason = {
      code: "dependency_deactivated",
      message: `Stopped because "${this.title(pluginId)}" ${what}.`,
      relatedPluginIds: [pluginId],
    };
    for (const id of this.runner.runningIds().reverse()) if (dependents.has(id)) await this.runner.stop(id, because);
    return [...dependents];
  }

  private runningDependentsOf(pluginId: string): Set<string> {
    const found = new Set<string>();
    for (let grew = true; grew;) {
      grew = false;
      for (const id of this.runner.runningIds()) {
        const requires = this.table.get(id)!.descriptor!.manifest.relationships?.requires ?? [];
        if (!found.has(id) && requires.some((r) => r.pluginId === pluginId || found.has(r.pluginId))) {
          found.add(id);
          grew = true;
        }
      }
    }
    return found;
  }

  private async notifyRunning(
    pluginIds: readonly string[],
    hook: "onServerRequirementsChanged" | "onPluginDataChanged",
    argument: unknown,
  ): Promise<boolean> {
    let allWell = true;
    for (const pluginId of pluginIds) {
      if (this.table.get(pluginId)?.state === "loaded") allWell = (await this.runner.notify(pluginId, hook, argument)) && allWell;
    }
    return allWell;
  }

  private known(pluginId: string): PluginRuntimeState {
    const entry = this.table.get(pluginId);
    if (!entry) throw new PluginHostError("unknown_plugin", pluginId, `No plugin "${pluginId}" is registered.`);
    return entry;
  }

  private title(pluginId: string): string {
    return this.table.get(pluginId)?.descriptor?.manifest.title ?? pluginId;
  }

  private report(pluginId: string, message: string): void {
    if (this.options.reportError) this.options.reportError(pluginId, message);
    else console.warn(`[plugin ${pluginId}] ${message}`);
  }
}

function invalidManifest(pluginId: string, issues: readonly ManifestIssue[]): PluginActivationReason {
  return { code: "invalid_manifest", message: `The manifest of "${pluginId}" is invalid (${issues.length} issue(s)).` };
}
