// Test harness: a real server on 127.0.0.1:0 over a database in the test dialect (a sqlite file in a temp dir, or a
// PostgreSQL database of its own in the jest project that sets TOJU_TEST_DATABASE=postgres), HTTP helpers and a
// websocket client.
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { WebSocket } from "ws";
import type {
  ApiError,
  Attachment,
  AuthSession,
  Channel,
  HealthStatus,
  Membership,
  PluginEventDefinition,
  PluginRequirement,
  PluginRequirementsSnapshot,
  Server,
  ServerEnvelope,
  UserProfile,
} from "@toju/generated/types/contract";
import { silentLogger } from "../ops/logger";
import { startSignalingServer, type SignalingServer, type SignalingServerOptions } from "../signaling-server";
import { dropTestDatabase, testDatabaseUrl } from "./test-databases";

/** Every field some member of the union `U` carries, with its type: a test reads any of them and asserts which member it got. */
type FieldsOf<U> = { [K in U extends unknown ? keyof U : never]: U extends { [P in K]?: infer V } ? Exclude<V, undefined> : never };

/** A REST response body as a test reads it (any body the contract defines; the test's assertions say which). */
type ReceivedBody = FieldsOf<
  | ApiError
  | Attachment
  | AuthSession
  | Channel
  | HealthStatus
  | Membership
  | PluginEventDefinition
  | PluginRequirement
  | PluginRequirementsSnapshot
  | Server
  | UserProfile
>;

/** A websocket frame from the server as a test reads it. */
export type ReceivedEnvelope = FieldsOf<ServerEnvelope>;

export interface HttpResult {
  status: number;
  /** The parsed JSON body; undefined when there is none or it is not JSON. */
  body: ReceivedBody;
  text: string;
  /** The body's bytes as received (downloads). */
  bytes: Buffer;
  headers: IncomingHttpHeaders;
}

export interface ApiOptions {
  token?: string;
  body?: unknown;
  raw?: string | Buffer;
  contentType?: string;
  /** Extra request headers, applied last; `undefined` removes one the helper would set. */
  headers?: Record<string, string | undefined>;
}

/** HTTP and websocket helpers for one server instance on 127.0.0.1 (in this process or a child). */
export interface InstanceClient {
  port: number;
  /** A JSON request; `body` is serialised unless `raw` is given. */
  api(method: string, urlPath: string, options?: ApiOptions): Promise<HttpResult>;
  register(username?: string): Promise<AuthSession>;
  createServer(token: string, name?: string): Promise<Server>;
  connect(): Promise<TestClient>;
  identified(token: string): Promise<TestClient>;
  /** Terminates every websocket client opened through `connect`. */
  terminateClients(): void;
}

export interface TestServer extends InstanceClient {
  server: SignalingServer;
  dir: string;
  databaseUrl: string;
  /** `keepFiles`: keep the folder and the database, for a restart on the same `dir`. */
  stop(options?: { keepFiles?: boolean }): Promise<void>;
}

let userCounter = 0;

function parsedOrUndefined(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** JSON requests to a server on 127.0.0.1:`port` (`localAddress`: the client address it sees, any of 127.0.0.0/8). */
export function apiAt(port: number, localAddress?: string): InstanceClient["api"] {
  return (method, urlPath, opts = {}) =>
    new Promise((resolve, reject) => {
      const payload = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
      const headers: Record<string, string | number> = {};
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      if (payload !== undefined) {
        headers["content-type"] = opts.contentType ?? "application/json";
        headers["content-length"] = Buffer.byteLength(payload);
      }
      for (const [name, value] of Object.entries(opts.headers ?? {})) {
        if (value === undefined) delete headers[name];
        else headers[name] = value;
      }
      const req = httpRequest({ host: "127.0.0.1", port, localAddress, method, path: urlPath, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const bytes = Buffer.concat(chunks);
          const text = bytes.toString("utf8");
          resolve({ status: res.statusCode ?? 0, body: parsedOrUndefined(text) as ReceivedBody, text, bytes, headers: res.headers });
        });
      });
      req.on("error", reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
}

export function instanceClient(port: number): InstanceClient {
  const clients: TestClient[] = [];
  const api = apiAt(port);
  const register = async (username = `user${++userCounter}_${process.pid}`) => {
    const res = await api("POST", "/api/auth/register", { body: { username, password: "correct horse battery" } });
    if (res.status !== 201) throw new Error(`register failed: ${res.status} ${res.text}`);
    return res.body as AuthSession;
  };
  const createServer = async (token: string, name = "Test server") => {
    const res = await api("POST", "/api/servers", { token, body: { name } });
    if (res.status !== 201) throw new Error(`create server failed: ${res.status} ${res.text}`);
    return res.body as Server;
  };
  const connect = async () => {
    const client = await TestClient.open(`ws://127.0.0.1:${port}/ws`);
    clients.push(client);
    return client;
  };
  const identified = async (token: string) => {
    const client = await connect();
    client.send({ type: "identify", token });
    const reply = await client.next();
    if (reply.type !== "identified") throw new Error(`identify failed: ${JSON.stringify(reply)}`);
    return client;
  };
  return { port, api, register, createServer, connect, identified, terminateClients: () => clients.forEach((c) => c.ws.terminate()) };
}

export async function startTestServer(options: SignalingServerOptions & { dir?: string } = {}): Promise<TestServer> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), "toju-server-"));
  const databaseUrl = options.databaseUrl ?? (await testDatabaseUrl(dir));
  const attachmentsDir = options.attachmentsDir ?? path.join(dir, "attachments");
  const server = await startSignalingServer({ port: 0, host: "127.0.0.1", log: silentLogger, ...options, databaseUrl, attachmentsDir });
  const client = instanceClient(server.port);
  return {
    ...client,
    server,
    dir,
    databaseUrl,
    stop: async (stopOptions = {}) => {
      await server.close();
      client.terminateClients();
      if (stopOptions.keepFiles) return;
      rmSync(dir, { recursive: true, force: true });
      if (!options.databaseUrl) await dropTestDatabase(databaseUrl);
    },
  };
}

export class TestClient {
  private readonly inbox: ReceivedEnvelope[] = [];
  private waiter?: (message: ReceivedEnvelope) => void;
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      const message: ReceivedEnvelope = JSON.parse(data.toString());
      if (this.waiter) {
        const waiter = this.waiter;
        this.waiter = undefined;
        waiter(message);
      } else this.inbox.push(message);
    });
    this.closed = new Promise((resolve) => ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() })));
    ws.on("error", () => undefined);
  }

  static open(url: string): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const client = new TestClient(ws);
      ws.once("open", () => resolve(client));
      ws.once("error", reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  /** The next message (waits for it; fails the test if none comes within 5 s). */
  next(): Promise<ReceivedEnvelope> {
    const queued = this.inbox.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no message within 5 s")), 5000);
      this.waiter = (message) => {
        clearTimeout(timer);
        resolve(message);
      };
    });
  }

  /** Skips messages until one satisfies `accept` (at most `limit` messages, each waited for as `next` does). */
  async until(accept: (message: ReceivedEnvelope) => boolean, limit = 1_000): Promise<ReceivedEnvelope> {
    for (let i = 0; i < limit; i++) {
      const message = await this.next();
      if (accept(message)) return message;
    }
    throw new Error(`no matching message among ${limit}`);
  }

  async request(frame: Record<string, unknown>): Promise<ReceivedEnvelope> {
    this.send(frame);
    return this.next();
  }

  pending(): number {
    return this.inbox.length;
  }
}

/** Calls `probe` every 100 ms until it returns a value `accept` takes (resolving to it), for at most `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms; last: ${JSON.stringify(value)?.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
