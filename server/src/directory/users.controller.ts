// The signed-in user's own profile.
import type { Request as ExpressRequest } from "express";
import { Controller, Get, OperationId, Request, Response, Route, Tags } from "@tsoa/runtime";
import type { ApiError, UserProfile } from "@toju/generated/types/contract";
import { callerOf, servicesOf } from "../http/request-context";

@Route("api/users")
@Tags("users")
export class UsersController extends Controller {
  @Get("me")
  @OperationId("getCurrentUser")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(500, "An unexpected server fault")
  public async getCurrentUser(@Request() req: ExpressRequest): Promise<UserProfile> {
    return servicesOf(req).directory.profile(callerOf(req));
  }
}
