// One structured line per API request: method, route pattern (never the raw URL or headers), status, duration.
import type { RequestHandler } from "express";
import type { Logger } from "../ops/logger";

export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.once("finish", () => {
      // Route paths are full (`/api/...`); req.baseUrl is not, as the "/api" error handler may have rewritten it by now.
      const route = req.route?.path ?? "(unmatched)";
      log(res.statusCode >= 500 ? "error" : "info", "http.request", {
        method: req.method,
        route,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    });
    next();
  };
}
