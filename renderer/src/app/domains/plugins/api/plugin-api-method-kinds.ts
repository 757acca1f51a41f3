// Whether each gated method returns a promise: async methods report refusals as rejections, sync ones throw.
// The compiler checks every entry against the SDK's return types, so the table cannot drift.
import type { TojuClientPluginApi } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { GatedSubsystem } from "./plugin-host-ports";

type MethodKind<F> = F extends (...args: never[]) => Promise<unknown> ? "async" : "sync";

export const pluginApiMethodKinds = {
  channels: { list: "async", get: "async" },
  events: { publish: "async", subscribe: "sync", publishP2pHint: "async" },
  messages: { list: "async", send: "async", sendAsPluginUser: "async" },
  messageBus: { publish: "sync", subscribe: "sync" },
  p2p: { send: "async", onMessage: "sync" },
  profile: { get: "async" },
  users: { list: "async", get: "async" },
  roles: { list: "async" },
  server: { current: "async" },
  attachments: { get: "async", upload: "async" },
  media: { listDevices: "async" },
  storage: { get: "async", set: "async", delete: "async" },
  serverData: { get: "async", set: "async", delete: "async" },
  clientData: { get: "async", set: "async" },
  ui: {
    registerPage: "sync",
    registerPanel: "sync",
    registerAction: "sync",
    registerChannelSection: "sync",
    registerEmbed: "sync",
    registerSettings: "sync",
  },
} as const satisfies { [S in GatedSubsystem]: { [M in keyof TojuClientPluginApi[S]]: MethodKind<TojuClientPluginApi[S][M]> } };
