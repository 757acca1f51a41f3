// Attachment downloads: members of the attachment's server get its bytes as a file to save, never a page to render.
import type { Request as ExpressRequest } from "express";
import type { Readable } from "node:stream";
import { Controller, Get, OperationId, Path, Request, Response, Route, Tags } from "@tsoa/runtime";
import type { ApiError, EntityId } from "@toju/generated/types/contract";
import { callerOf, servicesOf } from "../http/request-context";
import { attachmentDisposition } from "./content-disposition";

@Route("api/attachments")
@Tags("attachments")
export class AttachmentsController extends Controller {
  @Get("{attachmentId}")
  @OperationId("downloadAttachment")
  @Response<ApiError>(400, "Malformed path id")
  @Response<ApiError>(401, "No valid bearer token")
  @Response<ApiError>(403, "Not a member of the attachment's server")
  @Response<ApiError>(404, "Unknown attachment")
  @Response<ApiError>(500, "An unexpected server fault")
  public async downloadAttachment(@Path() attachmentId: EntityId, @Request() req: ExpressRequest): Promise<Readable> {
    const { attachment, file } = await servicesOf(req).chat.openAttachment(attachmentId, callerOf(req));
    const res = req.res!;
    // Set on the response itself: Express's `set` would add a charset to the uploader's media type.
    res.setHeader("Content-Type", attachment.mediaType);
    res.setHeader("Content-Length", attachment.size);
    res.setHeader("Content-Disposition", attachmentDisposition(attachment.name));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private");
    res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    const stream = file.createReadStream();
    // A read error after the headers went out can only cut the response short; a client that goes away frees the file.
    stream.once("error", () => res.destroy());
    res.once("close", () => stream.destroy());
    return stream;
  }
}
