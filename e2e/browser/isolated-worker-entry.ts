// Bundled for the isolated-worker browser test: the host side of an isolated plugin, with a recording stand-in for the
// plugin's (capability-gated) host API, so a test can drive a worker and see every call that reached the host.
import { pluginApiMethods, type TojuClientPluginApi } from "../../contracts/sdk/toju-plugin-sdk";
import type { TojuPluginManifest } from "../../generated/types/contract";
import { IsolatedPluginWorker } from "../../renderer/src/app/domains/plugins/isolation/isolated-plugin-worker";

type AnyFn = (...args: unknown[]) => unknown;

const calls: string[] = [];
const logs: string[] = [];
const reports: string[] = [];
const unresponsive: string[] = [];
const listeners = new Map<string, AnyFn>();
const registrations = new Map<string, Record<string, AnyFn>>();
let worker: IsolatedPluginWorker | undefined;
let currentGrants: string[] = [];

/** What the stand-in API does beyond recording: the host's own refusals and a few answers. */
const behaviours: Record<string, AnyFn> = {
  "storage.get": () =>
    Promise.reject(
      Object.assign(new Error("plugin 'probe' has not been granted 'storage.local'"), {
        name: "PluginCapabilityError",
        code: "capability_not_granted",
      }),
    ),
  "profile.get": () => Promise.resolve({ id: "u1", username: "alice" }),
  "events.subscribe": (name, listener) => {
    listeners.set(name as string, listener as AnyFn);
    return { dispose: () => listeners.delete(name as string) };
  },
  "ui.registerPanel": (registration) => {
    const panel = registration as Record<string, AnyFn> & { id: string };
    registrations.set(panel.id, panel);
    return { dispose: () => registrations.delete(panel.id) };
  },
};

function recordingApi(): TojuClientPluginApi {
  const api: Record<string, unknown> = {};
  for (const [subsystem, methods] of Object.entries(pluginApiMethods)) {
    const facade: Record<string, AnyFn> = {};
    for (const method of Object.keys(methods)) {
      const path = `${subsystem}.${method}`;
      facade[method] = (...args) => {
        calls.push(path);
        return behaviours[path]?.(...args);
      };
    }
    api[subsystem] = facade;
  }
  const log = (...args: unknown[]) => void logs.push(args.map(String).join(" "));
  api.logger = { debug: log, info: log, warn: log, error: log };
  api.context = { pluginId: "probe", apiVersion: "1", serverId: "server-1", channelId: "channel-1" };
  return api as unknown as TojuClientPluginApi;
}

const manifest = { id: "probe", title: "Probe" } as TojuPluginManifest;
const outcome = (error: unknown) => ({
  ok: false,
  name: (error as Error).name,
  code: (error as { code?: string }).code,
  message: (error as Error).message,
});

(window as unknown as { isolation: unknown }).isolation = {
  async load(source: string, grants: string[], unresponsiveAfterMs = 5000) {
    currentGrants = grants;
    try {
      worker = await IsolatedPluginWorker.start(new TextEncoder().encode(source), {
        pluginId: "probe",
        manifest,
        grants: () => currentGrants as never,
        unresponsiveAfterMs,
        pingIntervalMs: 200,
        onUnresponsive: (message) => unresponsive.push(message),
        report: (message) => reports.push(message),
      });
      return { ok: true, hooks: worker.hooks };
    } catch (error) {
      return outcome(error);
    }
  },
  async activate() {
    try {
      worker!.bind(recordingApi());
      await worker!.runHook("activate");
      return { ok: true };
    } catch (error) {
      return outcome(error);
    }
  },
  /** Calls the listener the worker subscribed with, as the host would when an event arrives. */
  async emit(eventName: string, payload: unknown) {
    await listeners.get(eventName)?.(payload);
  },
  /** Draws the panel the worker registered into a fresh element of the page. */
  render(panelId: string) {
    const host = document.createElement("section");
    host.id = `panel-${panelId}`;
    document.body.append(host);
    return registrations.get(panelId)?.render(host) !== undefined;
  },
  terminate: () => worker?.terminate(),
  /** Runs a hook as the host would, e.g. on a worker that was already stopped. */
  async hook(name: string) {
    try {
      await worker!.runHook(name);
      return { ok: true };
    } catch (error) {
      return outcome(error);
    }
  },
  /** The user grants or revokes: the host's grants change, the worker learns them with the next ping. */
  setGrants: (grants: string[]) => void (currentGrants = grants),
  seen: () => ({ calls, logs, reports, unresponsive, listeners: [...listeners.keys()], registrations: [...registrations.keys()] }),
};
