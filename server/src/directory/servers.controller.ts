// Server directory routes: create a server, join it, set a member's permissions (guards ran before these).
import type { Request as ExpressRequest } from "express";
import { Body, Controller, OperationId, Path, Post, Put, Request, Response, Route, SuccessResponse, Tags } from "@tsoa/runtime";
import type { ApiError, CreateServerRequest, EntityId, MemberPermissions, Membership, Server } from "@toju/generated/types/contract";
import { callerOf, servicesOf } from "../http/request-context";

@Route("api/servers")
@Tags("servers")
export class ServersController extends Controller {
  @Post()
  @OperationId("createServer")
  @SuccessResponse(201, "Created")
  @Response<ApiError>(400, "Malformed body")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(413, "Body over 256 KiB")
  @Response<ApiError>(500, "An unexpected server fault")
  public async createServer(@Body() body: CreateServerRequest, @Request() req: ExpressRequest): Promise<Server> {
    const server = await servicesOf(req).directory.createServer(callerOf(req), body);
    this.setStatus(201);
    return server;
  }

  @Post("{serverId}/members")
  @OperationId("joinServer")
  @Response<ApiError>(400, "Malformed path id")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(404, "Unknown server")
  @Response<ApiError>(500, "An unexpected server fault")
  public async joinServer(@Path() serverId: EntityId, @Request() req: ExpressRequest): Promise<Membership> {
    return servicesOf(req).directory.join(serverId, callerOf(req));
  }

  @Put("{serverId}/members/{userId}/permissions")
  @OperationId("setMemberPermissions")
  @Response<ApiError>(400, "Malformed path id or body")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(403, "Not the owner")
  @Response<ApiError>(404, "Unknown server or member")
  @Response<ApiError>(413, "Body over 256 KiB")
  @Response<ApiError>(500, "An unexpected server fault")
  public async setMemberPermissions(
    @Path() serverId: EntityId,
    @Path() userId: EntityId,
    @Body() body: MemberPermissions,
    @Request() req: ExpressRequest,
  ): Promise<Membership> {
    return servicesOf(req).directory.setPermissions(serverId, userId, body);
  }
}
