// An isolated plugin as the host sees any plugin: a module whose hooks run in the plugin's worker. `activate` hands the
// worker the plugin's API; the worker ends with the plugin (its termination is the first subscription, so it is
// disposed last, after everything the plugin registered).
import type { TojuClientPluginModule, TojuPluginActivationContext } from "@toju/contracts/sdk/toju-plugin-sdk";
import { IsolatedPluginWorker, type IsolatedPluginWorkerOptions } from "./isolated-plugin-worker";

type Hook = Exclude<keyof TojuClientPluginModule, "activate">;
const FORWARDED: readonly Hook[] = ["ready", "deactivate", "onServerRequirementsChanged", "onPluginDataChanged"];

export async function loadIsolatedPlugin(
  bytes: ArrayBuffer | Uint8Array,
  options: IsolatedPluginWorkerOptions,
): Promise<TojuClientPluginModule> {
  const worker = await IsolatedPluginWorker.start(bytes, options);
  const module: TojuClientPluginModule = {
    activate: async (context: TojuPluginActivationContext) => {
      context.subscriptions.push({ dispose: () => worker.terminate() });
      worker.bind(context.api);
      if (worker.hooks.includes("activate")) await worker.runHook("activate");
    },
  };
  for (const hook of FORWARDED)
    if (worker.hooks.includes(hook))
      (module as Record<Hook, unknown>)[hook] = (_context: TojuPluginActivationContext, argument?: unknown) =>
        worker.runHook(hook, argument);
  return module;
}
