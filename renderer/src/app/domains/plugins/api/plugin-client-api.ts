// PluginClientApiService logic: builds a plugin's TojuClientPluginApi from the SDK's method table, so every gated
// method asserts its grant, then checks its arguments, and only then calls the host port.
//
// Refusals follow the method's kind: a method that returns a promise never throws, it rejects (with
// PluginCapabilityError or PluginApiArgumentError, and also when its port throws); a synchronous method throws.
import {
  PluginApiArgumentError,
  pluginApiMethods,
  type GatedSubsystem,
  type PluginApiMethodKind,
  type TojuClientPluginApi,
} from "@toju/contracts/sdk/toju-plugin-sdk";
import type { Capability } from "@toju/generated/types/contract";
import { validatePluginId } from "@toju/generated/validators/index";
import { createGuardedMutationObserverClass } from "./guarded-mutation-observer";
import { pluginApiArgumentChecks } from "./plugin-api-argument-checks";
import { createPluginContext } from "./plugin-context";
import type { CapabilityGate, PluginClientApiPorts } from "./plugin-host-ports";
import { createPluginLogger } from "./plugin-logger";

type AnyMethod = (...args: unknown[]) => unknown;
type MethodTable = Record<string, Record<string, { capability: Capability; kind: PluginApiMethodKind }>>;

export function createPluginClientApi(pluginId: string, ports: PluginClientApiPorts, capabilities: CapabilityGate): TojuClientPluginApi {
  if (!validatePluginId(pluginId))
    throw new PluginApiArgumentError("invalid_plugin_id", String(pluginId), "createPluginClientApi", "not a plugin id");
  const api: Record<string, unknown> = {};
  for (const subsystem of Object.keys(pluginApiMethods) as GatedSubsystem[]) {
    const methods: Record<string, AnyMethod> = {};
    for (const method of Object.keys(pluginApiMethods[subsystem])) methods[method] = gate(pluginId, subsystem, method, ports, capabilities);
    api[subsystem] = Object.freeze(methods);
  }
  api.logger = createPluginLogger(pluginId, ports.log);
  api.context = createPluginContext(pluginId, ports.context);
  api.dom = createPluginDom(api.logger as TojuClientPluginApi["logger"]);
  return Object.freeze(api) as unknown as TojuClientPluginApi;
}

/** `dom.MutationObserver` is made on first use, so a host without a DOM (Node) fails only a plugin that asks for it. */
function createPluginDom(logger: TojuClientPluginApi["logger"]): TojuClientPluginApi["dom"] {
  let guarded: typeof MutationObserver | undefined;
  return Object.freeze(
    Object.defineProperty({} as TojuClientPluginApi["dom"], "MutationObserver", {
      enumerable: true,
      get: () =>
        (guarded ??= createGuardedMutationObserverClass({
          report: ({ code, message, error }) => (code === "observer_threw" ? logger.error(message, error) : logger.warn(message)),
        })),
    }),
  );
}

/** One root instance (see shell/plugin-runtime.providers.ts) holds the host ports and the gate; one facade per plugin. */
export class PluginClientApiService {
  constructor(
    private readonly ports: PluginClientApiPorts,
    private readonly capabilities: CapabilityGate,
  ) {}

  createApi(pluginId: string): TojuClientPluginApi {
    return createPluginClientApi(pluginId, this.ports, this.capabilities);
  }
}

function gate(
  pluginId: string,
  subsystem: GatedSubsystem,
  method: string,
  ports: PluginClientApiPorts,
  capabilities: CapabilityGate,
): AnyMethod {
  const { capability, kind } = (pluginApiMethods as MethodTable)[subsystem][method];
  const check = pluginApiArgumentChecks[subsystem]?.[method];
  const port = ports.host[subsystem] as unknown as Record<string, AnyMethod>;
  const target = port?.[method];
  if (typeof target !== "function") throw new Error(`the host port has no ${subsystem}.${method}`);
  const name = `${subsystem}.${method}`;
  const call = (args: unknown[]) => {
    capabilities.assert(pluginId, capability);
    return target.call(port, pluginId, ...(check ? check(pluginId, name, args) : args));
  };
  if (kind === "sync") return (...args) => call(args);
  return (...args) => {
    try {
      return Promise.resolve(call(args));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
