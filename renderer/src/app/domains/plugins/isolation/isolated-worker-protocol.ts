// The messages between the host and an isolated plugin's worker, over the MessagePort handed over in `init`. Functions
// a plugin passes to the host API cross as `{ $fn, role }` tokens: `render` callbacks draw into a sandboxed frame,
// `matches` is left to the manifest's `match`, every other function becomes a host-side stub that calls back.
import type { Capability, TojuPluginManifest } from "@toju/generated/types/contract";
import type { PluginApiMethodKind } from "@toju/contracts/sdk/toju-plugin-sdk";

/** An error as it crosses: plugins tell errors apart by `code`, so name, code, message and details are kept. */
export interface CrossingError {
  name: string;
  message: string;
  code?: string;
  details?: unknown;
}

export type FunctionRole = "call" | "render" | "matches";

/** Where a function stood in the arguments of a host API call. */
export interface FunctionToken {
  $fn: number;
  role: FunctionRole;
}

export interface IsolatedContextValues {
  serverId?: string;
  channelId?: string;
}

/** Posted on the worker itself, once, with the port every later message uses. */
export interface InitMessage {
  kind: "init";
  moduleUrl: string;
  pluginId: string;
  manifest: TojuPluginManifest;
  grants: Capability[];
  methods: Record<string, Record<string, { capability: Capability; kind: PluginApiMethodKind }>>;
  context: IsolatedContextValues;
}

export type HostToWorker =
  | { kind: "hook"; id: number; hook: string; argument?: unknown }
  | { kind: "result"; id: number; ok: true; value: unknown }
  | { kind: "result"; id: number; ok: false; error: CrossingError }
  | { kind: "invoke"; id: number; fn: number; args: unknown[] }
  | { kind: "render"; fn: number; surface: number; args: unknown[] }
  | { kind: "surface_closed"; surface: number }
  | { kind: "refused"; path: string; error: CrossingError }
  | { kind: "ping"; seq: number; context: IsolatedContextValues; grants: Capability[] };

export type WorkerToHost =
  | { kind: "loaded"; hooks: string[] }
  | { kind: "load_failed"; error: CrossingError }
  | { kind: "hook_done"; id: number; ok: true }
  | { kind: "hook_done"; id: number; ok: false; error: CrossingError }
  | { kind: "call"; id: number; path: string; args: unknown[] }
  | { kind: "call_sync"; handle: number; path: string; args: unknown[] }
  | { kind: "dispose"; handle: number }
  | { kind: "invoked"; id: number; ok: true; value: unknown }
  | { kind: "invoked"; id: number; ok: false; error: CrossingError }
  | { kind: "surface_html"; surface: number; html: string; height?: number }
  | { kind: "log"; level: "debug" | "info" | "warn" | "error"; args: unknown[] }
  | { kind: "pong"; seq: number };
