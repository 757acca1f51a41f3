// The desktop IPC handlers over loopback HTTP, so the renderer also runs in a plain browser (`npm start`,
// Playwright). Every request must carry the bridge secret and a loopback Host header (DNS rebinding).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import type { IpcError, IpcErrorCode } from "@toju/generated/types/contract";
import { type DesktopHandlers, isDesktopIpcMethod } from "@toju/contracts/desktop/desktop-ipc";
import { createDesktopHandlers } from "../ipc/desktop-handlers";
import { IpcFailure, toIpcError } from "../ipc/ipc-error";

export const BRIDGE_SECRET_HEADER = "x-toju-bridge-secret";
/** Larger than the biggest valid request (a 1 MiB value, or a grants document) with room for JSON escaping. */
export const BRIDGE_BODY_LIMIT = "4mb";

export interface BrowserShellBridgeOptions {
  userDataPath: string;
  /** The secret the page received at load (`createBridgeSecret()`, or the one kept in the data folder). */
  secret: string;
  /** Accepted `Host` header values, such as `127.0.0.1:3000`; a function when the port is known only later. */
  allowedHosts: readonly string[] | (() => readonly string[]);
  /** Handlers to serve; by default those of `userDataPath`. */
  handlers?: DesktopHandlers;
}

const STATUS_OF: Record<IpcErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  path_outside_root: 403,
  not_found: 404,
  state_corrupt: 409,
  quota_exceeded: 413,
  origin_not_approved: 403,
  download_failed: 502,
  invalid_manifest: 422,
  integrity_mismatch: 422,
  internal: 500,
};

export function createBridgeSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** The Host values of a server bound to 127.0.0.1 on `port`. */
export function loopbackHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** `POST <prefix>/ipc/<method>` with the request as JSON body; answers the result or an `IpcError`. */
export function createBrowserShellBridge(options: BrowserShellBridgeOptions): Router {
  if (options.secret.length < 16) throw new Error("the bridge secret must be at least 16 characters");
  const handlers = options.handlers ?? createDesktopHandlers(options.userDataPath);
  const hosts = typeof options.allowedHosts === "function" ? options.allowedHosts : () => options.allowedHosts as readonly string[];
  const secretDigest = digest(options.secret);
  const router = express.Router();

  router.use((req: Request, res: Response, next: NextFunction) => {
    res.set({ "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
    const allowed = hosts().map((host) => host.toLowerCase());
    const host = (req.headers.host ?? "").toLowerCase();
    if (!allowed.includes(host))
      return sendError(res, 403, { code: "unauthorized", message: "the Host header names no loopback address of this bridge" });
    const origin = req.headers.origin;
    if (origin !== undefined && !allowed.some((allowedHost) => origin.toLowerCase() === `http://${allowedHost}`)) {
      return sendError(res, 403, { code: "unauthorized", message: "cross-origin requests are refused" });
    }
    const secret = req.headers[BRIDGE_SECRET_HEADER];
    if (typeof secret !== "string" || !timingSafeEqual(digest(secret), secretDigest)) {
      return sendError(res, 401, { code: "unauthorized", message: `missing or wrong ${BRIDGE_SECRET_HEADER} header` });
    }
    next();
  });

  router.post("/ipc/:method", express.json({ limit: BRIDGE_BODY_LIMIT, strict: false }), async (req: Request, res: Response) => {
    const method = req.params.method;
    if (!isDesktopIpcMethod(method)) return sendError(res, 404, { code: "not_found", message: "no such desktop method" });
    try {
      res.status(200).json(await handlers[method](req.body));
    } catch (error) {
      const ipcError = toIpcError(error);
      sendError(res, STATUS_OF[ipcError.code], ipcError);
    }
  });

  router.use((_req: Request, res: Response) => sendError(res, 404, { code: "not_found", message: "no such bridge route" }));

  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const type = typeof error === "object" && error !== null ? (error as { type?: unknown }).type : undefined;
    if (type === "entity.too.large")
      return sendError(res, 413, { code: "quota_exceeded", message: `the request body exceeds ${BRIDGE_BODY_LIMIT}` });
    if (type === "entity.parse.failed" || type === "encoding.unsupported" || type === "charset.unsupported") {
      return sendError(res, 400, { code: "invalid_request", message: "the request body is not JSON" });
    }
    sendError(res, 500, toIpcError(error instanceof IpcFailure ? error : undefined));
  });

  return router;
}

function sendError(res: Response, status: number, error: IpcError): void {
  res.status(status).json(error);
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
