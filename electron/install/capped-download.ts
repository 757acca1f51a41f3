// Downloads one URL for the installer: a time limit, a size cap checked while streaming, and redirects followed only
// within the same origin, so an approved origin cannot hand the install over to another one.
import { IpcFailure } from "../ipc/ipc-error";

export interface DownloadLimits {
  maxBytes: number;
  timeoutMs: number;
}

const MAX_REDIRECTS = 5;

export interface Download {
  bytes: Buffer;
  /** The URL the bytes came from, after same-origin redirects. */
  url: string;
}

export async function downloadCapped(url: string, limits: DownloadLimits, what: string): Promise<Download> {
  const origin = new URL(url).origin;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const response = await fetch(current, { redirect: "manual", signal, headers: { accept: "application/json, text/javascript, */*" } });
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get("location");
        await response.body?.cancel();
        if (!location) throw failure(`${what}: ${current} redirected without a Location`);
        const next = new URL(location, current);
        if (next.origin !== origin)
          throw failure(`${what}: ${current} redirected to another origin (${next.origin}); only ${origin} was approved`);
        current = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw failure(`${what}: ${current} answered HTTP ${response.status}`);
      }
      return { bytes: await readCapped(response, limits.maxBytes, `${what}: ${current}`), url: current };
    }
    throw failure(`${what}: more than ${MAX_REDIRECTS} redirects from ${url}`);
  } catch (error) {
    if (error instanceof IpcFailure) throw error;
    if (signal.aborted) throw failure(`${what}: ${current} did not answer within ${Math.round(limits.timeoutMs / 1000)} s`);
    throw failure(`${what}: ${current} could not be downloaded (${(error as Error).message})`);
  }
}

async function readCapped(response: Response, maxBytes: number, what: string): Promise<Buffer> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw failure(`${what} is ${declared} bytes; at most ${maxBytes} are accepted`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw failure(`${what} is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function failure(message: string): IpcFailure {
  return new IpcFailure("download_failed", message);
}
