// Electron main process: one sandboxed window, the renderer served from `app://toju`, and the desktop IPC
// handlers behind `ipcMain.handle` with sender-frame checks. Launched by `npm run desktop` (electron/launch.ts).
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { app, BrowserWindow, ipcMain, net, protocol, session, shell, type IpcMainInvokeEvent } from "electron";
import { resolveInsidePluginRoot } from "@toju/contracts/paths/is-path-inside";
import { desktopIpcMethods, desktopIpcChannel, type IpcOutcome } from "@toju/contracts/desktop/desktop-ipc";
import { createDesktopHandlers, pluginsPathOf } from "./ipc/desktop-handlers";
import { IpcFailure, toIpcError } from "./ipc/ipc-error";
import { metaTag, SERVER_ORIGIN_META_NAME, withHeadTags } from "@toju/contracts/desktop/shell-page";
import { rendererContentSecurityPolicy } from "@toju/contracts/security/renderer-csp";
import { APP_ORIGIN, isTrustedRendererUrl } from "./security/window-policy";

const rendererDir = path.resolve(process.env.TOJU_RENDERER_DIR ?? path.join(process.cwd(), "renderer", "dist", "browser"));
const devRendererUrl = process.env.TOJU_RENDERER_URL;
const trustedOrigins = devRendererUrl ? [APP_ORIGIN, new URL(devRendererUrl).origin] : [APP_ORIGIN];
/** The signaling server the desktop app talks to; the renderer may connect to it and to nothing else. */
const serverOrigin = new URL(process.env.TOJU_SERVER_URL ?? "http://127.0.0.1:3000").origin;
const RENDERER_CSP = rendererContentSecurityPolicy([serverOrigin]);
let mainWindow: BrowserWindow | null = null;

// The bundle runs without a package.json beside it, so name the app (and thus `<appData>/Toju`) explicitly.
app.setName("Toju");
if (process.env.TOJU_USER_DATA) app.setPath("userData", path.resolve(process.env.TOJU_USER_DATA));
protocol.registerSchemesAsPrivileged([{ scheme: "app", privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

/** Serves the built renderer; unknown paths fall back to index.html (client-side routes). */
async function serveRendererFile(request: Request): Promise<Response> {
  let realPath: string;
  try {
    const relative = decodeURIComponent(new URL(request.url).pathname).replace(/^\/+/, "") || "index.html";
    let resolved = await resolveInsidePluginRoot(rendererDir, relative);
    if (!resolved.ok && resolved.reason === "missing_file") resolved = await resolveInsidePluginRoot(rendererDir, "index.html");
    if (!resolved.ok || !(await stat(resolved.realPath)).isFile()) return new Response("not found", { status: 404 });
    realPath = resolved.realPath;
  } catch {
    return new Response(`the renderer is not built in ${rendererDir}`, { status: 404 });
  }
  const file = await net.fetch(pathToFileURL(realPath).href);
  const headers = new Headers(file.headers);
  headers.set("Content-Security-Policy", RENDERER_CSP);
  headers.set("X-Content-Type-Options", "nosniff");
  // The window's page comes from the app, not from the server: its <head> names the server it talks to.
  const body =
    path.basename(realPath) === "index.html"
      ? withHeadTags(await file.text(), [metaTag(SERVER_ORIGIN_META_NAME, serverOrigin)])
      : file.body;
  return new Response(body, { status: 200, headers });
}

/** Only the top frame of the Toju window, showing the app's own origin, may call the desktop host. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (mainWindow === null || frame === null || event.sender !== mainWindow.webContents) return false;
  const top = mainWindow.webContents.mainFrame;
  const isTopFrame = frame.parent === null && frame.processId === top.processId && frame.routingId === top.routingId;
  return isTopFrame && isTrustedRendererUrl(frame.url, trustedOrigins);
}

function registerIpcHandlers(userDataPath: string): void {
  const handlers = createDesktopHandlers(userDataPath);
  for (const method of desktopIpcMethods) {
    ipcMain.handle(desktopIpcChannel(method), async (event, request: unknown): Promise<IpcOutcome<unknown>> => {
      try {
        if (!isTrustedSender(event)) throw new IpcFailure("unauthorized", "IPC is only answered for the Toju window's own page");
        return { ok: true, value: await handlers[method](request) };
      } catch (error) {
        if (!(error instanceof IpcFailure)) console.error(`toju-desktop: ${method} failed`, error);
        return { ok: false, error: toIpcError(error) };
      }
    });
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    show: false,
    webPreferences: {
      preload: path.join(__dirname, "preload.js"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    },
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: "deny" };
  });
  window.webContents.on("will-navigate", (event, url) => {
    if (!isTrustedRendererUrl(url, trustedOrigins)) event.preventDefault();
  });
  window.once("ready-to-show", () => window.show());
  void window.loadURL(devRendererUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

async function start(): Promise<void> {
  // One process per userData: the state files are locked per process, not across processes.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on("second-instance", () => mainWindow?.focus());
  await app.whenReady();
  const userDataPath = app.getPath("userData");
  await mkdir(pluginsPathOf(userDataPath), { recursive: true });
  protocol.handle("app", serveRendererFile);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, "Content-Security-Policy": [RENDERER_CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  registerIpcHandlers(userDataPath);
  mainWindow = createWindow();
  mainWindow.on("closed", () => {
    mainWindow = null;
  });
}

app.on("window-all-closed", () => app.quit());
app.on("web-contents-created", (_event, contents) => {
  contents.on("will-attach-webview", (event) => event.preventDefault());
});
start().catch((error: unknown) => {
  console.error("toju-desktop: failed to start", error);
  app.exit(1);
});
