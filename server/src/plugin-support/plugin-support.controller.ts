// Plugin-support routes: snapshot, requirement and event-definition upserts/removals, and the disabled (410) data routes.
import type { Request as ExpressRequest } from "express";
import { Body, Controller, Delete, Get, OperationId, Path, Put, Request, Response, Route, SuccessResponse, Tags } from "@tsoa/runtime";
import type {
  ApiError,
  DataKey,
  EntityId,
  EventName,
  PluginEventDefinition,
  PluginEventDefinitionInput,
  PluginId,
  PluginRequirement,
  PluginRequirementInput,
  PluginRequirementsSnapshot,
} from "@toju/generated/types/contract";
import { ApiHttpError } from "../http/api-error";
import { servicesOf } from "../http/request-context";
import { sendSnapshot } from "./snapshot-response";

const gone = () => new ApiHttpError("gone", "server-side plugin data is disabled on the signaling server");

@Route("api/servers/{serverId}/plugins")
@Tags("plugins")
@Response<ApiError>(400, "Malformed path id or body")
@Response<ApiError>(401, "No valid bearer token")
@Response<ApiError>(404, "Unknown server or resource")
@Response<ApiError>(500, "An unexpected server fault")
export class PluginSupportController extends Controller {
  @Get()
  @OperationId("getPluginRequirements")
  @Response<void>(304, "Not modified: If-None-Match names the current ETag")
  public async getPluginRequirements(@Path() serverId: EntityId, @Request() req: ExpressRequest): Promise<PluginRequirementsSnapshot> {
    const serialized = await servicesOf(req).pluginSupport.serializedSnapshot(serverId);
    // The cached bytes go out as they are (tsoa sends nothing once the response has started).
    sendSnapshot(req.get("if-none-match"), req.res!, serialized);
    return serialized.snapshot;
  }

  @Put("{pluginId}/requirement")
  @OperationId("putPluginRequirement")
  @Response<ApiError>(403, "manageServer required")
  @Response<ApiError>(413, "Body over 256 KiB")
  public async putPluginRequirement(
    @Path() serverId: EntityId,
    @Path() pluginId: PluginId,
    @Body() body: PluginRequirementInput,
    @Request() req: ExpressRequest,
  ): Promise<PluginRequirement> {
    return servicesOf(req).pluginSupport.putRequirement(serverId, pluginId, body);
  }

  @Delete("{pluginId}/requirement")
  @OperationId("deletePluginRequirement")
  @SuccessResponse(204, "Removed")
  @Response<ApiError>(403, "manageServer required")
  public async deletePluginRequirement(
    @Path() serverId: EntityId,
    @Path() pluginId: PluginId,
    @Request() req: ExpressRequest,
  ): Promise<void> {
    await servicesOf(req).pluginSupport.deleteRequirement(serverId, pluginId);
    this.setStatus(204);
  }

  @Put("{pluginId}/events/{eventName}")
  @OperationId("putPluginEvent")
  @Response<ApiError>(403, "manageServer required")
  @Response<ApiError>(413, "Body over 256 KiB")
  public async putPluginEvent(
    @Path() serverId: EntityId,
    @Path() pluginId: PluginId,
    @Path() eventName: EventName,
    @Body() body: PluginEventDefinitionInput,
    @Request() req: ExpressRequest,
  ): Promise<PluginEventDefinition> {
    return servicesOf(req).pluginSupport.putEvent(serverId, pluginId, eventName, body);
  }

  @Delete("{pluginId}/events/{eventName}")
  @OperationId("deletePluginEvent")
  @SuccessResponse(204, "Removed")
  @Response<ApiError>(403, "manageServer required")
  public async deletePluginEvent(
    @Path() serverId: EntityId,
    @Path() pluginId: PluginId,
    @Path() eventName: EventName,
    @Request() req: ExpressRequest,
  ): Promise<void> {
    await servicesOf(req).pluginSupport.deleteEvent(serverId, pluginId, eventName);
    this.setStatus(204);
  }

  @Get("{pluginId}/data/{key}")
  @OperationId("getPluginData")
  @SuccessResponse(410, "Disabled: always 410 once the caller and path are valid")
  public async getPluginData(
    @Path("serverId") _serverId: EntityId,
    @Path("pluginId") _pluginId: PluginId,
    @Path("key") _key: DataKey,
  ): Promise<void> {
    throw gone();
  }

  @Put("{pluginId}/data/{key}")
  @OperationId("putPluginData")
  @SuccessResponse(410, "Disabled: always 410 once the caller and path are valid")
  @Response<ApiError>(413, "Body over 256 KiB")
  public async putPluginData(
    @Path("serverId") _serverId: EntityId,
    @Path("pluginId") _pluginId: PluginId,
    @Path("key") _key: DataKey,
    @Body() _body: unknown,
  ): Promise<void> {
    throw gone();
  }

  @Delete("{pluginId}/data/{key}")
  @OperationId("deletePluginData")
  @SuccessResponse(410, "Disabled: always 410 once the caller and path are valid")
  public async deletePluginData(
    @Path("serverId") _serverId: EntityId,
    @Path("pluginId") _pluginId: PluginId,
    @Path("key") _key: DataKey,
  ): Promise<void> {
    throw gone();
  }
}
