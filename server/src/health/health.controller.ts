// GET /api/health: the database and Redis probes; 200 when both answer (Redis: when configured), 503 otherwise.
import type { Request as ExpressRequest } from "express";
import { Controller, Get, OperationId, Request, Response, Route, Tags } from "@tsoa/runtime";
import type { ApiError, HealthStatus } from "@toju/generated/types/contract";
import { servicesOf } from "../http/request-context";

@Route("api/health")
@Tags("health")
export class HealthController extends Controller {
  @Get()
  @OperationId("getHealth")
  @Response<HealthStatus>(503, "A dependency is unavailable")
  @Response<ApiError>(500, "An unexpected server fault")
  public async getHealth(@Request() req: ExpressRequest): Promise<HealthStatus> {
    const health = await servicesOf(req).health.check();
    if (health.status !== "ok") this.setStatus(503);
    return health;
  }
}
