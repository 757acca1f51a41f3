// AttachmentTransferService: uploads a file to the open channel (refused here, with no request, over 8 MiB) and
// downloads one through the authenticated route, saved from a Blob URL.
import { DOCUMENT, Injectable, inject } from "@angular/core";
import { CodedError } from "@toju/contracts/errors/coded-error";
import type { Attachment } from "@toju/generated/types/contract";
import { TOJU_REST } from "../connection/connection.tokens";
import { ChatSessionService } from "./chat-session.service";

/** The contract's largest attachment (`Attachment.size`): 8 MiB. */
export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;

/** Blob URLs live until the browser has started the download. */
const BLOB_URL_LIFETIME_MS = 60_000;

/** The file is over the limit; nothing was sent. */
export class AttachmentTooLargeError extends CodedError<"payload_too_large"> {
  override readonly name = "AttachmentTooLargeError";

  constructor(
    readonly fileName: string,
    readonly size: number,
  ) {
    super("payload_too_large", `“${fileName}” is larger than 8 MiB, so it was not sent.`);
  }
}

@Injectable({ providedIn: "root" })
export class AttachmentTransferService {
  private readonly rest = inject(TOJU_REST);
  private readonly session = inject(ChatSessionService);
  private readonly document = inject(DOCUMENT);

  /** Rejects with `AttachmentTooLargeError` before any request, or with `ApiRequestError`. */
  async upload(file: Blob, name: string, channelId?: string): Promise<Attachment> {
    if (file.size > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLargeError(name, file.size);
    const serverId = this.session.currentServer()?.id;
    const target = channelId ?? this.session.currentChannelId();
    if (!serverId || !target) throw new Error("no channel is open");
    return this.rest.uploadAttachment(serverId, target, file, name);
  }

  /** Fetches the bytes with the session's token and hands them to the browser as a download named like the file. */
  async download(attachment: Pick<Attachment, "id" | "name">): Promise<void> {
    const blob = await this.rest.downloadAttachment(attachment.id);
    const view = this.document.defaultView!;
    const url = view.URL.createObjectURL(blob);
    const link = this.document.createElement("a");
    link.href = url;
    link.download = attachment.name;
    link.rel = "noopener";
    link.hidden = true;
    this.document.body.append(link);
    link.click();
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
  }
}
