// POST /api/auth/register, /login and /logout; the route guard has already validated the body (and, for logout, the token).
import type { Request as ExpressRequest } from "express";
import { Body, Controller, OperationId, Post, Request, Response, Route, SuccessResponse, Tags } from "@tsoa/runtime";
import type { ApiError, AuthSession, Credentials } from "@toju/generated/types/contract";
import { servicesOf } from "../http/request-context";
import { bearerToken } from "./session-tokens";
import { clientAddressKey } from "./sign-in-throttle";

@Route("api/auth")
@Tags("auth")
export class AuthController extends Controller {
  @Post("register")
  @OperationId("register")
  @SuccessResponse(201, "Created")
  @Response<ApiError>(400, "Malformed body")
  @Response<ApiError>(409, "User name taken")
  @Response<ApiError>(413, "Body over 256 KiB")
  @Response<ApiError>(429, "Too many failed sign-ins from this address")
  @Response<ApiError>(500, "An unexpected server fault")
  public async register(@Body() body: Credentials, @Request() req: ExpressRequest): Promise<AuthSession> {
    const session = await servicesOf(req).auth.register(body, clientAddressKey(req.ip));
    this.setStatus(201);
    return session;
  }

  @Post("login")
  @OperationId("login")
  @Response<ApiError>(400, "Malformed body")
  @Response<ApiError>(401, "Wrong user name or password")
  @Response<ApiError>(413, "Body over 256 KiB")
  @Response<ApiError>(429, "Too many failed sign-ins for this user name or from this address")
  @Response<ApiError>(500, "An unexpected server fault")
  public async login(@Body() body: Credentials, @Request() req: ExpressRequest): Promise<AuthSession> {
    return servicesOf(req).auth.login(body, clientAddressKey(req.ip));
  }

  @Post("logout")
  @OperationId("logout")
  @SuccessResponse(204, "Signed out")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(500, "An unexpected server fault")
  public async logout(@Request() req: ExpressRequest): Promise<void> {
    await servicesOf(req).auth.logout(bearerToken(req.get("authorization"))!);
    this.setStatus(204);
  }
}
