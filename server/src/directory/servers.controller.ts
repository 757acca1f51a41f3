// Server directory routes: create, list and view servers, join and leave them, channels, members and roles, members'
// permissions (guards ran before these).
import type { Request as ExpressRequest } from "express";
import {
  Body,
  Controller,
  Delete,
  Get,
  OperationId,
  Path,
  Post,
  Put,
  Request,
  Response,
  Route,
  SuccessResponse,
  Tags,
} from "@tsoa/runtime";
import type {
  ApiError,
  Channel,
  CreateChannelRequest,
  CreateServerRequest,
  EntityId,
  Member,
  MemberPermissions,
  Membership,
  Role,
  Server,
  ServerSummary,
} from "@toju/generated/types/contract";
import { callerOf, serverStateOf, servicesOf } from "../http/request-context";
import { serverRoles } from "./roles";

@Route("api/servers")
@Tags("servers")
export class ServersController extends Controller {
  @Post()
  @OperationId("createServer")
  @SuccessResponse(201, "Created")
  @Response<ApiError>(400, "Malformed body")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(403, "The caller owns as many servers as the quota allows")
  @Response<ApiError>(413, "Body over 256 KiB")
  @Response<ApiError>(500, "An unexpected server fault")
  public async createServer(@Body() body: CreateServerRequest, @Request() req: ExpressRequest): Promise<Server> {
    const server = await servicesOf(req).directory.createServer(callerOf(req), body);
    this.setStatus(201);
    return server;
  }

  @Get()
  @OperationId("listServers")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(500, "An unexpected server fault")
  public async listServers(@Request() req: ExpressRequest): Promise<ServerSummary[]> {
    return servicesOf(req).directory.listServers(callerOf(req));
  }

  @Get("{serverId}")
  @OperationId("getServer")
  @Response<ApiError>(400, "Malformed path id")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(404, "Unknown server")
  @Response<ApiError>(500, "An unexpected server fault")
  public async getServer(@Path() serverId: EntityId, @Request() req: ExpressRequest): Promise<Server> {
    return servicesOf(req).directory.serverOf(await serverStateOf(req, serverId));
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

  @Delete("{serverId}/members/me")
  @OperationId("leaveServer")
  @SuccessResponse(204, "Left")
  @Response<ApiError>(400, "Malformed path id")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(403, "Not a member")
  @Response<ApiError>(404, "Unknown server")
  @Response<ApiError>(409, "The owner cannot leave")
  @Response<ApiError>(500, "An unexpected server fault")
  public async leaveServer(@Path() serverId: EntityId, @Request() req: ExpressRequest): Promise<void> {
    await servicesOf(req).directory.leave(serverId, callerOf(req));
    this.setStatus(204);
  }

  @Post("{serverId}/channels")
  @OperationId("createChannel")
  @SuccessResponse(201, "Created")
  @Response<ApiError>(400, "Malformed path id or body")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(403, "manageServer required, or the server has as many channels as the quota allows")
  @Response<ApiError>(404, "Unknown server")
  @Response<ApiError>(409, "A channel of that name exists")
  @Response<ApiError>(413, "Body over 256 KiB")
  @Response<ApiError>(500, "An unexpected server fault")
  public async createChannel(
    @Path() serverId: EntityId,
    @Body() body: CreateChannelRequest,
    @Request() req: ExpressRequest,
  ): Promise<Channel> {
    const channel = await servicesOf(req).directory.createChannel(serverId, body);
    this.setStatus(201);
    return channel;
  }

  @Get("{serverId}/members")
  @OperationId("listMembers")
  @Response<ApiError>(400, "Malformed path id")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(403, "Not a member")
  @Response<ApiError>(404, "Unknown server")
  @Response<ApiError>(500, "An unexpected server fault")
  public async listMembers(@Path() serverId: EntityId, @Request() req: ExpressRequest): Promise<Member[]> {
    return servicesOf(req).directory.membersOf(await serverStateOf(req, serverId));
  }

  @Get("{serverId}/roles")
  @OperationId("listRoles")
  @Response<ApiError>(400, "Malformed path id")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(403, "Not a member")
  @Response<ApiError>(404, "Unknown server")
  @Response<ApiError>(500, "An unexpected server fault")
  public async listRoles(@Path("serverId") _serverId: EntityId): Promise<Role[]> {
    return [...serverRoles];
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
