// Chat routes of a channel: its stored messages, page by page, and attachment uploads (guards ran before these,
// and spooled the upload's bytes).
import type { Request as ExpressRequest } from "express";
import { Body, Controller, Get, OperationId, Path, Post, Query, Request, Response, Route, SuccessResponse, Tags } from "@tsoa/runtime";
import { messagePageLimit } from "@toju/generated/types/constants";
import type { ApiError, Attachment, ChatMessage, EntityId, FileName, MessagePageSize } from "@toju/generated/types/contract";
import { spooledBodyOf } from "../http/raw-body";
import { callerOf, servicesOf } from "../http/request-context";

@Route("api/servers/{serverId}/channels/{channelId}")
@Tags("servers")
@Response<ApiError>(400, "Malformed path id, query parameter or body")
@Response<ApiError>(401, "No valid bearer token")
@Response<ApiError>(403, "Not a member")
@Response<ApiError>(404, "Unknown server or channel")
@Response<ApiError>(500, "An unexpected server fault")
export class ChatController extends Controller {
  @Get("messages")
  @OperationId("listMessages")
  public async listMessages(
    @Path("serverId") _serverId: EntityId,
    @Path() channelId: EntityId,
    @Request() req: ExpressRequest,
    @Query() before?: EntityId,
    @Query() limit?: MessagePageSize,
  ): Promise<ChatMessage[]> {
    return servicesOf(req).chat.listMessages(channelId, { before, limit: limit ?? messagePageLimit.defaultMessages });
  }

  /** The body is the file's bytes; the route guard streamed them to a spool file, which this keeps. */
  @Post("attachments")
  @OperationId("uploadAttachment")
  @SuccessResponse(201, "Created")
  @Response<ApiError>(413, "File over 8 MiB")
  public async uploadAttachment(
    @Path() serverId: EntityId,
    @Path() channelId: EntityId,
    @Query() name: FileName,
    @Body() _file: unknown,
    @Request() req: ExpressRequest,
  ): Promise<Attachment> {
    const attachment = await servicesOf(req).chat.storeAttachment({
      serverId,
      channelId,
      uploaderId: callerOf(req),
      name,
      upload: spooledBodyOf(req),
    });
    this.setStatus(201);
    return attachment;
  }
}
