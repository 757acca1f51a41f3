// Runs one plugin at a time through its hooks: load, activate, ready, notify, deactivate, and cleanup on failure.
import { describeError } from "@toju/contracts/errors/coded-error";
import type { PluginActivationReason, TojuPluginManifest } from "@toju/generated/types/contract";
import type {
  Disposable,
  TojuClientPluginApi,
  TojuClientPluginModule,
  TojuPluginActivationContext,
} from "@toju/contracts/sdk/toju-plugin-sdk";
import type { PluginDescriptor } from "../activation/plugin-descriptor";
import { runWithTimeout, type HookOutcome } from "./hook-runner";
import type { PluginStateTable } from "./plugin-state-table";

export interface PluginRunnerPorts {
  loadModule(plugin: PluginDescriptor): Promise<TojuClientPluginModule>;
  applyStylesheets?(plugin: PluginDescriptor): Promise<Disposable>;
  createApi(pluginId: string, manifest: TojuPluginManifest): TojuClientPluginApi;
  hookTimeoutMs: number;
  /** Problems that do not change a state, such as a subscription whose `dispose` throws. */
  reportError(pluginId: string, message: string): void;
}

type NotificationHook = "onServerRequirementsChanged" | "onPluginDataChanged";

interface PluginInstance {
  readonly descriptor: PluginDescriptor;
  readonly module: TojuClientPluginModule;
  readonly context: TojuPluginActivationContext;
}

export class PluginRunner {
  /** Running plugins in activation order (a Map keeps insertion order). */
  private readonly instances = new Map<string, PluginInstance>();

  constructor(
    private readonly table: PluginStateTable,
    private readonly ports: PluginRunnerPorts,
  ) {}

  runningIds(): string[] {
    return [...this.instances.keys()];
  }

  /**
   * Loads the module (or takes the load already under way) and runs `activate`: `loading → ready`, or `failed`. A theme
   * has no module to load.
   */
  async start(descriptor: PluginDescriptor, loading?: Promise<TojuClientPluginModule>): Promise<boolean> {
    const { manifest } = descriptor;
    this.table.move(manifest.id, "loading");
    const loaded: HookOutcome<TojuClientPluginModule> =
      manifest.kind === "theme"
        ? { ok: true, value: {} }
        : await runWithTimeout(() => loading ?? this.ports.loadModule(descriptor), this.ports.hookTimeoutMs, "loading the module");
    if (!loaded.ok) return this.failWith(manifest.id, "module_load_failed", loaded.message);
    const styled = await this.applyStylesheets(descriptor);
    if (!styled.ok) return this.failWith(manifest.id, "module_load_failed", styled.message);
    let api: TojuClientPluginApi;
    try {
      api = this.ports.createApi(manifest.id, manifest);
    } catch (error) {
      if (styled.value) this.dispose(manifest.id, styled.value);
      return this.failWith(manifest.id, "api_unavailable", `its host API could not be created: ${describeError(error)}`);
    }
    const instance: PluginInstance = {
      descriptor,
      module: loaded.value,
      context: { pluginId: manifest.id, manifest, api, subscriptions: styled.value ? [styled.value] : [] },
    };
    this.instances.set(manifest.id, instance);
    const activated = await this.call(instance, "activate");
    if (!activated.ok) return this.fail(instance, activated, false);
    this.table.move(manifest.id, "ready");
    return true;
  }

  /** Runs `ready`: `ready → loaded`, or `failed`. */
  async ready(pluginId: string): Promise<boolean> {
    const instance = this.instances.get(pluginId)!;
    const outcome = await this.call(instance, "ready");
    if (!outcome.ok) return this.fail(instance, outcome, true);
    this.table.move(pluginId, "loaded");
    return true;
  }

  async notify(pluginId: string, hook: NotificationHook, argument: unknown): Promise<boolean> {
    const instance = this.instances.get(pluginId);
    if (!instance) return true;
    const outcome = await this.call(instance, hook, argument);
    return outcome.ok || this.fail(instance, outcome, true);
  }

  /** Runs `deactivate`, then disposes the subscriptions: `unloading → unloaded`, or `failed` when the hook fails. */
  async stop(pluginId: string, reason: PluginActivationReason): Promise<boolean> {
    const instance = this.instances.get(pluginId);
    if (!instance) return true;
    this.table.move(pluginId, "unloading", reason);
    const outcome = await this.call(instance, "deactivate");
    this.instances.delete(pluginId);
    this.disposeSubscriptions(instance);
    if (!outcome.ok) {
      this.table.move(pluginId, "failed", this.failureReason(instance, outcome));
      return false;
    }
    this.table.move(pluginId, "unloaded", reason);
    return true;
  }

  /**
   * The plugin can no longer run (its worker was terminated): `failed` with `reason`, its subscriptions disposed, no
   * hook called. A plugin already failed keeps its state but takes the more precise reason.
   */
  abandon(pluginId: string, reason: PluginActivationReason): void {
    const instance = this.instances.get(pluginId);
    if (instance) {
      this.instances.delete(pluginId);
      this.table.move(pluginId, "failed", reason);
      this.disposeSubscriptions(instance);
    } else if (this.table.get(pluginId)?.state === "failed") this.table.move(pluginId, "failed", reason);
  }

  /** Stylesheets that arrive after their time ran out are removed at once: the plugin has failed by then. */
  private async applyStylesheets(descriptor: PluginDescriptor): Promise<HookOutcome<Disposable | undefined>> {
    const apply = this.ports.applyStylesheets;
    if (!apply || !descriptor.manifest.ui?.stylesheets?.length) return { ok: true, value: undefined };
    let timedOut = false;
    const outcome = await runWithTimeout(
      async () => {
        const applied = await apply(descriptor);
        if (timedOut) this.dispose(descriptor.manifest.id, applied);
        return applied;
      },
      this.ports.hookTimeoutMs,
      "loading its stylesheets",
    );
    timedOut = !outcome.ok && outcome.timedOut;
    return outcome;
  }

  private call(instance: PluginInstance, hook: keyof TojuClientPluginModule, argument?: unknown): Promise<HookOutcome<void>> {
    const fn = instance.module[hook] as ((context: TojuPluginActivationContext, argument?: unknown) => void | Promise<void>) | undefined;
    if (typeof fn !== "function") return Promise.resolve({ ok: true, value: undefined });
    return runWithTimeout(() => fn.call(instance.module, instance.context, argument), this.ports.hookTimeoutMs, `${hook}()`);
  }

  /** The plugin is marked `failed` first, then cleaned up: `deactivate` only when `activate` had completed. */
  private async fail(instance: PluginInstance, outcome: Extract<HookOutcome<void>, { ok: false }>, activated: boolean): Promise<false> {
    const pluginId = instance.context.pluginId;
    this.table.move(pluginId, "failed", this.failureReason(instance, outcome));
    this.instances.delete(pluginId);
    if (activated) {
      const cleanup = await this.call(instance, "deactivate");
      if (!cleanup.ok) this.ports.reportError(pluginId, cleanup.message);
    }
    this.disposeSubscriptions(instance);
    return false;
  }

  private failWith(pluginId: string, code: "module_load_failed" | "api_unavailable", detail: string): false {
    const title = this.table.get(pluginId)?.descriptor?.manifest.title ?? pluginId;
    this.table.move(pluginId, "failed", { code, message: `"${title}" could not start: ${detail}.` });
    return false;
  }

  private failureReason(instance: PluginInstance, outcome: Extract<HookOutcome<void>, { ok: false }>): PluginActivationReason {
    const title = instance.descriptor.manifest.title;
    return { code: outcome.timedOut ? "hook_timeout" : "hook_failed", message: `"${title}" failed: ${outcome.message}.` };
  }

  /**
   * Latest registration first, each guarded: one bad `dispose` does not keep the others alive. A hook that
   * timed out may still push later; from now on whatever it pushes is disposed at once.
   */
  private disposeSubscriptions(instance: PluginInstance): void {
    const { subscriptions } = instance.context;
    const pluginId = instance.context.pluginId;
    for (const subscription of subscriptions.splice(0).reverse()) this.dispose(pluginId, subscription);
    subscriptions.push = (...late: Disposable[]) => {
      for (const subscription of late) this.dispose(pluginId, subscription);
      return 0;
    };
  }

  private dispose(pluginId: string, subscription: unknown): void {
    try {
      (subscription as Disposable).dispose();
    } catch (error) {
      this.ports.reportError(pluginId, `a subscription's dispose() threw: ${describeError(error)}`);
    }
  }
}
