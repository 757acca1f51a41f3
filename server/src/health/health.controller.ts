// GET /api/health: 200 {status: "ok"} once the server accepts requests.
import { Controller, Get, OperationId, Response, Route, Tags } from "@tsoa/runtime";
import type { ApiError, HealthStatus } from "@toju/generated/types/contract";

@Route("api/health")
@Tags("health")
export class HealthController extends Controller {
  @Get()
  @OperationId("getHealth")
  @Response<ApiError>(500, "An unexpected server fault")
  public async getHealth(): Promise<HealthStatus> {
    return { status: "ok" };
  }
}
