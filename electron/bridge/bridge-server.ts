// The bridge on its own loopback listener (127.0.0.1, port 0 by default), for tests and for running the
// browser shell without the signaling server.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { createBridgeSecret, createBrowserShellBridge, loopbackHosts } from "./browser-shell-bridge";

export interface RunningBridge {
  url: string;
  secret: string;
  close(): Promise<void>;
}

export async function startBrowserShellBridgeServer(options: {
  userDataPath: string;
  port?: number;
  secret?: string;
}): Promise<RunningBridge> {
  const secret = options.secret ?? createBridgeSecret();
  let port = 0;
  const app = express();
  app.disable("x-powered-by");
  app.use(createBrowserShellBridge({ userDataPath: options.userDataPath, secret, allowedHosts: () => loopbackHosts(port) }));
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port ?? 0, "127.0.0.1", (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    secret,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
