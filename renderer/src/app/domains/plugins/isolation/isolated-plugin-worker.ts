// The host side of an isolated plugin: starts its worker from a Blob URL, answers the worker's host API calls with the
// plugin's real API (so every call is checked against its grants here, whatever the worker claims), calls back into
// the worker for listeners, actions and commands, draws its surfaces in sandboxed frames, and terminates a worker
// that does not answer a ping within 5 s. Everything the worker sends is treated as untrusted input.
import { CodedError, describeError } from "@toju/contracts/errors/coded-error";
import { pluginApiMethods, type Disposable, type TojuClientPluginApi } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { Capability, TojuPluginManifest } from "@toju/generated/types/contract";
import { isolatedWorkerMain } from "./isolated-worker-main";
import type { CrossingError, FunctionToken, HostToWorker, InitMessage, WorkerToHost } from "./isolated-worker-protocol";
import { createSurfaceFrame, MAX_SURFACE_HTML_BYTES, type SurfaceFrame } from "./isolated-surface-frame";

export const ISOLATED_PING_INTERVAL_MS = 1000;
export const ISOLATED_UNRESPONSIVE_AFTER_MS = 5000;

export class IsolatedPluginError extends CodedError<"invalid_module" | "worker_unresponsive" | "worker_stopped"> {
  override readonly name = "IsolatedPluginError";
}

export interface IsolatedPluginWorkerOptions {
  pluginId: string;
  manifest: TojuPluginManifest;
  /**
   * The current grants, sent with every ping (so a grant given or revoked reaches the worker within a second): the
   * worker refuses the rest at once, and the host checks every call again whatever the worker believed.
   */
  grants(): readonly Capability[];
  /** The worker stopped answering and was terminated; the host marks the plugin failed. */
  onUnresponsive(message: string): void;
  /** Problems that change no state: a refused call, a surface over its size. */
  report(message: string): void;
  pingIntervalMs?: number;
  unresponsiveAfterMs?: number;
}

type AnyFn = (...args: unknown[]) => unknown;
type Settler = { resolve(value: unknown): void; reject(error: unknown): void };

let bootstrapUrl: string | undefined;
/** One Blob URL for the worker's code, made on first use and kept for the page's life. */
function workerBootstrapUrl(): string {
  bootstrapUrl ??= URL.createObjectURL(new Blob([`(${isolatedWorkerMain.toString()})();`], { type: "text/javascript" }));
  return bootstrapUrl;
}

export class IsolatedPluginWorker {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  /** The worker's end of the channel, handed over with `init`. */
  private readonly channelPort: MessagePort;
  private exportedHooks: readonly string[] = [];
  private api?: TojuClientPluginApi;
  private nextId = 1;
  private readonly hookCalls = new Map<number, Settler>();
  private readonly invocations = new Map<number, Settler>();
  private readonly handles = new Map<number, Disposable>();
  private readonly surfaces = new Map<number, SurfaceFrame>();
  private loading?: Settler;
  private readonly watchdog: ReturnType<typeof setInterval>;
  private awaitingPongSince?: number;
  private seq = 0;
  private stopped = false;

  /** Starts the worker and imports the module in it; resolves once the module is imported (with the hooks it exports). */
  static async start(bytes: ArrayBuffer | Uint8Array, options: IsolatedPluginWorkerOptions): Promise<IsolatedPluginWorker> {
    const moduleUrl = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "text/javascript" }));
    const isolated = new IsolatedPluginWorker(options);
    try {
      const hooks = await new Promise<unknown>((resolve, reject) => {
        isolated.loading = { resolve, reject };
        const init: InitMessage = {
          kind: "init",
          moduleUrl,
          pluginId: options.pluginId,
          manifest: options.manifest,
          grants: [...options.grants()],
          methods: pluginApiMethods as unknown as InitMessage["methods"],
          context: {},
        };
        isolated.worker.postMessage(init, [isolated.channelPort]);
      });
      isolated.exportedHooks = (Array.isArray(hooks) ? hooks : []).filter((hook) => typeof hook === "string");
      return isolated;
    } catch (error) {
      isolated.terminate();
      throw error;
    } finally {
      isolated.loading = undefined;
      URL.revokeObjectURL(moduleUrl);
    }
  }

  private constructor(private readonly options: IsolatedPluginWorkerOptions) {
    this.worker = new Worker(workerBootstrapUrl(), { type: "module", name: `toju-plugin:${options.pluginId}` });
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.channelPort = channel.port2;
    this.port.onmessage = (event: MessageEvent) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      if (this.loading) this.loading.reject(new IsolatedPluginError("invalid_module", event.message || "the worker could not start"));
      else this.options.report(`an error no hook caught, in its worker: ${event.message || "unknown"}`);
    };
    this.watchdog = setInterval(() => this.tick(), options.pingIntervalMs ?? ISOLATED_PING_INTERVAL_MS);
    this.tick();
  }

  /** The hooks the module exports. */
  get hooks(): readonly string[] {
    return this.exportedHooks;
  }

  /** From `activate` on, the worker's calls go to this API (the plugin's own, gated by its grants). */
  bind(api: TojuClientPluginApi): void {
    this.api = api;
    this.tick();
  }

  runHook(hook: string, argument?: unknown): Promise<void> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.hookCalls.set(id, { resolve: () => resolve(), reject });
      if (this.post({ kind: "hook", id, hook, ...(argument !== undefined ? { argument } : {}) })) return;
      this.hookCalls.delete(id);
      reject(new IsolatedPluginError("worker_stopped", "the plugin's worker is not running"));
    });
  }

  /** Ends the worker: its calls are refused, its subscriptions and registrations disposed, its frames removed. */
  terminate(error = new IsolatedPluginError("worker_stopped", "the plugin's worker was stopped")): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.watchdog);
    this.worker.terminate();
    this.port.close();
    for (const waiting of [this.loading, ...this.hookCalls.values(), ...this.invocations.values()]) waiting?.reject(error);
    this.hookCalls.clear();
    this.invocations.clear();
    for (const [handle, disposable] of [...this.handles].reverse()) this.dispose(handle, disposable);
    for (const frame of this.surfaces.values()) frame.remove();
    this.surfaces.clear();
  }

  private tick(): void {
    if (this.stopped) return;
    const now = Date.now();
    const limit = this.options.unresponsiveAfterMs ?? ISOLATED_UNRESPONSIVE_AFTER_MS;
    if (this.awaitingPongSince !== undefined && now - this.awaitingPongSince >= limit) {
      const message = `its worker did not answer for ${Math.round(limit / 1000)} s and was terminated`;
      this.terminate(new IsolatedPluginError("worker_unresponsive", message));
      this.options.onUnresponsive(message);
      return;
    }
    this.awaitingPongSince ??= now;
    const context = this.api?.context;
    this.post({
      kind: "ping",
      seq: ++this.seq,
      context: { serverId: context?.serverId, channelId: context?.channelId },
      grants: [...this.options.grants()],
    });
  }

  private post(message: HostToWorker): boolean {
    if (this.stopped) return false;
    try {
      this.port.postMessage(message);
      return true;
    } catch (error) {
      this.options.report(`a message to the plugin's worker could not be sent: ${describeError(error)}`);
      return false;
    }
  }

  private receive(data: unknown): void {
    if (this.stopped || typeof data !== "object" || data === null) return;
    const message = data as WorkerToHost;
    switch (message.kind) {
      case "pong":
        this.awaitingPongSince = undefined;
        return;
      case "loaded":
        this.loading?.resolve(message.hooks);
        return;
      case "load_failed":
        this.loading?.reject(new IsolatedPluginError("invalid_module", text(message.error?.message, "the module could not be imported")));
        return;
      case "hook_done":
        this.settle(this.hookCalls, message.id, message.ok, message.ok ? undefined : message.error);
        return;
      case "invoked":
        this.settle(this.invocations, message.id, message.ok, message.ok ? message.value : message.error);
        return;
      case "call":
        void this.call(message.id, message.path, message.args);
        return;
      case "call_sync":
        this.callSync(message.handle, message.path, message.args);
        return;
      case "dispose": {
        const disposable = this.handles.get(message.handle);
        if (disposable) this.dispose(message.handle, disposable);
        return;
      }
      case "surface_html":
        this.show(message.surface, message.html, message.height);
        return;
      case "log":
        this.log(message.level, message.args);
        return;
    }
  }

  private settle(table: Map<number, Settler>, id: unknown, ok: unknown, outcome: unknown): void {
    const waiting = typeof id === "number" ? table.get(id) : undefined;
    if (!waiting) return;
    table.delete(id as number);
    if (ok === true) waiting.resolve(outcome);
    else waiting.reject(revive(outcome));
  }

  /** Only the methods of the SDK's table can be reached; the plugin's own API asserts the grant and the arguments. */
  private method(path: unknown): AnyFn | undefined {
    if (typeof path !== "string" || !this.api) return undefined;
    const [subsystem, name, ...rest] = path.split(".");
    const table = pluginApiMethods as unknown as Record<string, Record<string, unknown>>;
    if (rest.length || !Object.hasOwn(table, subsystem) || !Object.hasOwn(table[subsystem], name)) return undefined;
    const owner = (this.api as unknown as Record<string, Record<string, AnyFn>>)[subsystem];
    return owner[name].bind(owner);
  }

  private async call(id: unknown, path: unknown, args: unknown): Promise<void> {
    if (typeof id !== "number") return;
    try {
      const method = this.method(path);
      if (!method) throw unreachable(path, this.api !== undefined);
      const value = await method(...this.unmarshalAll(args));
      if (!this.post({ kind: "result", id, ok: true, value }))
        this.post({
          kind: "result",
          id,
          ok: false,
          error: { name: "Error", message: `${String(path)}: the result could not be sent to the worker` },
        });
    } catch (error) {
      this.post({ kind: "result", id, ok: false, error: crossing(error) });
    }
  }

  private callSync(handle: unknown, path: unknown, args: unknown): void {
    try {
      const method = this.method(path);
      if (!method) throw unreachable(path, this.api !== undefined);
      const made = method(...this.unmarshalAll(args)) as Disposable | undefined;
      if (typeof handle === "number" && typeof made?.dispose === "function") this.handles.set(handle, made);
    } catch (error) {
      this.options.report(`${String(path)} was refused: ${describeError(error)}`);
      this.post({ kind: "refused", path: String(path), error: crossing(error) });
    }
  }

  private unmarshalAll(args: unknown): unknown[] {
    return Array.isArray(args) ? args.map((arg) => this.unmarshal(arg, 0)) : [];
  }

  private unmarshal(value: unknown, depth: number): unknown {
    if (depth > 8 || value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map((item) => this.unmarshal(item, depth + 1));
    if (isFunctionToken(value)) return this.stub(value);
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.unmarshal(item, depth + 1)]));
  }

  /** A host-side stand-in for a function of the worker. */
  private stub(token: FunctionToken): AnyFn {
    if (token.role === "matches") return () => true; // the manifest's `match` decides for an isolated embed
    if (token.role === "render") return (element: unknown, ...rest: unknown[]) => this.render(token.$fn, element, rest);
    return (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = this.nextId++;
        this.invocations.set(id, { resolve, reject });
        if (!this.post({ kind: "invoke", id, fn: token.$fn, args })) {
          this.invocations.delete(id);
          reject(new IsolatedPluginError("worker_stopped", "the plugin's worker is not running"));
        }
      });
  }

  private render(fn: number, element: unknown, rest: unknown[]): Disposable {
    if (!(element instanceof HTMLElement)) throw new TypeError("a render callback needs an element to draw into");
    const surface = this.nextId++;
    const frame = createSurfaceFrame(element, `${this.options.manifest.title} (isolated)`);
    this.surfaces.set(surface, frame);
    this.post({ kind: "render", fn, surface, args: rest });
    return {
      dispose: () => {
        frame.remove();
        if (this.surfaces.delete(surface)) this.post({ kind: "surface_closed", surface });
      },
    };
  }

  private show(surface: unknown, html: unknown, height: unknown): void {
    const frame = typeof surface === "number" ? this.surfaces.get(surface) : undefined;
    if (!frame || typeof html !== "string") return;
    if (new TextEncoder().encode(html).length > MAX_SURFACE_HTML_BYTES) {
      this.options.report(`a surface's HTML is over ${MAX_SURFACE_HTML_BYTES / 1024} KiB and was not shown`);
      return;
    }
    frame.show(html, typeof height === "number" ? height : undefined);
  }

  private log(level: unknown, args: unknown): void {
    const logger = this.api?.logger;
    if (!logger || (level !== "debug" && level !== "info" && level !== "warn" && level !== "error")) return;
    logger[level](...(Array.isArray(args) ? args : []));
  }

  private dispose(handle: number, disposable: Disposable): void {
    this.handles.delete(handle);
    try {
      disposable.dispose();
    } catch (error) {
      this.options.report(`a subscription's dispose() threw: ${describeError(error)}`);
    }
  }
}

function isFunctionToken(value: object): value is FunctionToken {
  const token = value as Partial<FunctionToken>;
  return (
    typeof token.$fn === "number" &&
    (token.role === "call" || token.role === "render" || token.role === "matches") &&
    Object.keys(value).length === 2
  );
}

function unreachable(path: unknown, bound: boolean): Error {
  return new Error(bound ? `'${String(path)}' is not a method of the host API` : "the host API is ready from activate() on");
}

function text(value: unknown, fallback: string): string {
  return typeof value === "string" && value.length > 0 ? value.slice(0, 1000) : fallback;
}

/** An error as it crosses to the worker (the worker's body keeps its own copy: it can import nothing). */
function crossing(error: unknown): CrossingError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const { code, details } = error as Error & { code?: unknown; details?: unknown };
  let plainDetails: unknown;
  try {
    plainDetails = details === undefined ? undefined : (JSON.parse(JSON.stringify(details)) as unknown);
  } catch {
    plainDetails = undefined;
  }
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === "string" ? { code } : {}),
    ...(plainDetails !== undefined ? { details: plainDetails } : {}),
  };
}

/** An error the worker reported, as an Error with its name and code (what a caller on this side tells apart). */
function revive(value: unknown): Error {
  const error = (typeof value === "object" && value !== null ? value : {}) as Partial<CrossingError>;
  const revived = new Error(text(error.message, "the plugin's worker reported an error"));
  revived.name = text(error.name, "Error");
  if (typeof error.code === "string") Object.assign(revived, { code: error.code });
  if (error.details !== undefined) Object.assign(revived, { details: error.details });
  return revived;
}
