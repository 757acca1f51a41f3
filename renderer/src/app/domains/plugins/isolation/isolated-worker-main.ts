// The code of an isolated plugin's worker. The host starts it as `(isolatedWorkerMain)()` from a Blob URL, so the body
// may use nothing from outside itself (types only). Before any plugin code exists it takes away the network, the
// page's storage and every way to reach another context; then it imports the plugin module, builds the host API as a
// proxy over the port the host handed over, and runs the hooks the host asks for. No object spread here: the app's
// build turns it into a helper function outside this body, which the worker would not have.
import type { PluginIsolatedSurface } from "@toju/contracts/sdk/toju-plugin-sdk";
import type {
  CrossingError,
  FunctionRole,
  HostToWorker,
  InitMessage,
  IsolatedContextValues,
  WorkerToHost,
} from "./isolated-worker-protocol";

export function isolatedWorkerMain(): void {
  type Fn = (...args: unknown[]) => unknown;
  type Disposable = { dispose(): void };

  function strip(target: object, name: string): void {
    for (let owner: object | null = target; owner; owner = Object.getPrototypeOf(owner) as object | null) {
      if (!Object.prototype.hasOwnProperty.call(owner, name)) continue;
      try {
        delete (owner as Record<string, unknown>)[name];
      } catch {
        Object.defineProperty(owner, name, { value: undefined });
      }
    }
  }
  const unreachable = [
    "fetch",
    "XMLHttpRequest",
    "WebSocket",
    "WebSocketStream",
    "EventSource",
    "WebTransport",
    "importScripts",
    "Worker",
    "SharedWorker",
    "BroadcastChannel",
    "indexedDB",
    "caches",
    "cookieStore",
    "webkitRequestFileSystem",
    "webkitResolveLocalFileSystemURL",
  ];
  for (const name of unreachable) strip(globalThis, name);
  const workerNavigator = (globalThis as unknown as { navigator?: object }).navigator;
  if (workerNavigator) for (const name of ["storage", "locks", "serviceWorker"]) strip(workerNavigator, name);

  const onInit = (event: MessageEvent): void => {
    const init = event.data as InitMessage | undefined;
    if (init?.kind !== "init" || !event.ports[0]) return;
    globalThis.removeEventListener("message", onInit);
    start(init, event.ports[0]);
  };
  globalThis.addEventListener("message", onInit);

  function start(init: InitMessage, port: MessagePort): void {
    let context: IsolatedContextValues = init.context;
    let nextId = 1;
    const pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
    const functions = new Map<number, Fn>();
    const surfaces = new Map<number, { closed: boolean; disposable?: Disposable }>();
    let grants = new Set<string>(init.grants);
    const hooks: Record<string, Fn> = {};
    const post = (message: WorkerToHost): void => port.postMessage(message);

    const coded = (name: string, message: string, extra: Record<string, unknown>): Error =>
      Object.assign(new Error(message), { name }, extra);
    const revive = (error: CrossingError): Error =>
      coded(error.name, error.message, error.details !== undefined ? { code: error.code, details: error.details } : { code: error.code });
    const crossing = (error: unknown): CrossingError => {
      if (!(error instanceof Error)) return { name: "Error", message: String(error) };
      const { code, details } = error as Error & { code?: unknown; details?: unknown };
      let plainDetails: unknown;
      try {
        plainDetails = details === undefined ? undefined : (JSON.parse(JSON.stringify(details)) as unknown);
      } catch {
        plainDetails = undefined;
      }
      const crossed: CrossingError = { name: error.name, message: error.message };
      if (typeof code === "string") crossed.code = code;
      if (plainDetails !== undefined) crossed.details = plainDetails;
      return crossed;
    };
    const capabilityError = (capability: string): Error =>
      coded("PluginCapabilityError", `plugin '${init.pluginId}' has not been granted '${capability}'`, {
        code: "capability_not_granted",
        pluginId: init.pluginId,
        capability,
      });
    const notSerializable = (path: string, error: unknown): Error =>
      coded("PluginApiArgumentError", `${path}: an argument cannot be sent to the host (${String((error as Error)?.message ?? error)})`, {
        code: "value_not_serializable",
        pluginId: init.pluginId,
        method: path,
      });

    /** Functions become tokens (the host calls back through them); plain objects and arrays are walked, the rest cloned. */
    const marshal = (value: unknown, key: string, depth: number, made: number[]): unknown => {
      if (typeof value === "function") {
        const id = nextId++;
        functions.set(id, value as Fn);
        made.push(id);
        const role: FunctionRole = key === "render" ? "render" : key === "matches" ? "matches" : "call";
        return { $fn: id, role };
      }
      if (depth > 8 || value === null || typeof value !== "object") return value;
      if (Array.isArray(value)) return value.map((item) => marshal(item, "", depth + 1, made));
      if (Object.getPrototypeOf(value) !== Object.prototype) return value;
      const plain: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value)) plain[name] = marshal(item, name, depth + 1, made);
      return plain;
    };

    const api: Record<string, unknown> = {};
    for (const [subsystem, methods] of Object.entries(init.methods)) {
      const facade: Record<string, Fn> = {};
      for (const [method, { capability, kind }] of Object.entries(methods)) {
        const path = `${subsystem}.${method}`;
        facade[method] =
          kind === "async"
            ? (...args: unknown[]) => {
                if (!grants.has(capability)) return Promise.reject(capabilityError(capability));
                return new Promise((resolve, reject) => {
                  const id = nextId++;
                  pending.set(id, { resolve, reject });
                  try {
                    post({ kind: "call", id, path, args: args.map((arg) => marshal(arg, "", 0, [])) });
                  } catch (error) {
                    pending.delete(id);
                    reject(notSerializable(path, error));
                  }
                });
              }
            : (...args: unknown[]) => {
                if (!grants.has(capability)) throw capabilityError(capability);
                const handle = nextId++;
                const made: number[] = [];
                try {
                  post({ kind: "call_sync", handle, path, args: args.map((arg) => marshal(arg, "", 0, made)) });
                } catch (error) {
                  for (const id of made) functions.delete(id);
                  throw notSerializable(path, error);
                }
                if (method === "publish") return undefined;
                let disposed = false;
                return {
                  dispose() {
                    if (disposed) return;
                    disposed = true;
                    for (const id of made) functions.delete(id);
                    post({ kind: "dispose", handle });
                  },
                };
              };
      }
      api[subsystem] = Object.freeze(facade);
    }
    const log =
      (level: "debug" | "info" | "warn" | "error") =>
      (...args: unknown[]): void => {
        try {
          post({ kind: "log", level, args });
        } catch {
          post({ kind: "log", level, args: args.map((arg) => String(arg)) });
        }
      };
    api.logger = Object.freeze({ debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") });
    api.context = Object.freeze({
      pluginId: init.pluginId,
      apiVersion: "1",
      get serverId() {
        return context.serverId;
      },
      get channelId() {
        return context.channelId;
      },
    });
    api.dom = Object.freeze({
      get MutationObserver(): never {
        throw new Error("an isolated plugin has no DOM: draw into the surface its render callback receives");
      },
    });
    const activation = { pluginId: init.pluginId, manifest: init.manifest, api: Object.freeze(api), subscriptions: [] as Disposable[] };

    const surfaceFor = (id: number): { record: { closed: boolean; disposable?: Disposable }; surface: PluginIsolatedSurface } => {
      const record: { closed: boolean; disposable?: Disposable } = { closed: false };
      surfaces.set(id, record);
      return {
        record,
        surface: Object.freeze({
          /** Replaces what the frame shows; `height` in CSS pixels (the frame cannot measure itself). */
          setHtml(html: string, options?: { height?: number }): void {
            if (typeof html !== "string") throw new TypeError("setHtml takes a string of HTML");
            if (record.closed) return;
            const message: WorkerToHost = { kind: "surface_html", surface: id, html };
            if (typeof options?.height === "number") message.height = options.height;
            post(message);
          },
          get closed(): boolean {
            return record.closed;
          },
        }),
      };
    };

    /** Runs `work` (sync or async), then reports its value or its error as it crosses. */
    const settle = (work: () => unknown, done: (value: unknown) => void, failed: (error: CrossingError) => void): void => {
      Promise.resolve()
        .then(work)
        .then(done, (error: unknown) => failed(crossing(error)));
    };

    port.onmessage = (event: MessageEvent) => {
      const message = event.data as HostToWorker;
      switch (message.kind) {
        case "ping":
          context = message.context;
          grants = new Set(message.grants);
          post({ kind: "pong", seq: message.seq });
          return;
        case "result": {
          const waiting = pending.get(message.id);
          pending.delete(message.id);
          if (message.ok) waiting?.resolve(message.value);
          else waiting?.reject(revive(message.error));
          return;
        }
        case "hook": {
          const hook = hooks[message.hook];
          settle(
            async () => {
              if (hook) await (message.argument === undefined ? hook(activation) : hook(activation, message.argument));
              if (message.hook === "deactivate")
                for (const subscription of activation.subscriptions.splice(0).reverse()) subscription.dispose();
            },
            () => post({ kind: "hook_done", id: message.id, ok: true }),
            (error) => post({ kind: "hook_done", id: message.id, ok: false, error }),
          );
          return;
        }
        case "invoke": {
          const fn = functions.get(message.fn);
          settle(
            () => {
              if (!fn) throw new Error("that callback was disposed");
              return fn(...message.args);
            },
            (value) => {
              try {
                post({ kind: "invoked", id: message.id, ok: true, value });
              } catch {
                post({ kind: "invoked", id: message.id, ok: true, value: undefined });
              }
            },
            (error) => post({ kind: "invoked", id: message.id, ok: false, error }),
          );
          return;
        }
        case "render": {
          const fn = functions.get(message.fn);
          const { record, surface } = surfaceFor(message.surface);
          try {
            const drawn = fn?.(surface, ...message.args) as Disposable | undefined;
            if (drawn && typeof drawn.dispose === "function") record.disposable = drawn;
          } catch (error) {
            log("error")(`a render callback threw: ${String((error as Error)?.message ?? error)}`);
          }
          return;
        }
        case "surface_closed": {
          const record = surfaces.get(message.surface);
          surfaces.delete(message.surface);
          if (record) record.closed = true;
          try {
            record?.disposable?.dispose();
          } catch (error) {
            log("error")(`a render's dispose() threw: ${String((error as Error)?.message ?? error)}`);
          }
          return;
        }
        case "refused":
          console.error(`[${init.pluginId}] ${message.path} was refused: ${message.error.message}`);
          return;
      }
    };

    import(/* @vite-ignore */ init.moduleUrl).then(
      (namespace: Record<string, unknown>) => {
        const defaults =
          typeof namespace["default"] === "object" && namespace["default"] !== null
            ? (namespace["default"] as Record<string, unknown>)
            : {};
        for (const name of ["activate", "ready", "deactivate", "onServerRequirementsChanged", "onPluginDataChanged"]) {
          const owner = namespace[name] !== undefined ? namespace : defaults;
          const value = owner[name];
          if (value === undefined) continue;
          if (typeof value !== "function") {
            post({
              kind: "load_failed",
              error: {
                name: "PluginModuleLoadError",
                code: "invalid_module",
                message: `The plugin module's '${name}' export is not a function.`,
              },
            });
            return;
          }
          hooks[name] = (value as Fn).bind(owner);
        }
        post({ kind: "loaded", hooks: Object.keys(hooks) });
      },
      (error: unknown) => post({ kind: "load_failed", error: crossing(error) }),
    );
  }
}
