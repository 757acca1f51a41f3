// PluginInstallerService: installing a plugin from a manifest URL (a server requirement's `installUrl`, or one the user
// pastes), updating it from where it came, and uninstalling it, as the manager's dialogs and status lines show it. The
// user allows an origin once, in a dialog naming it; the desktop downloads and verifies, PluginHostService registers
// and plans, and a new plugin then waits for consent like any other.
import { Injectable, Injector, computed, inject, signal } from "@angular/core";
import { describeDesktopFailure } from "../api/ipc-error";
import { bundleOrigin } from "../capabilities/capability-grant-inputs";
import { PluginCapabilityService } from "../capabilities/plugin-capability.service";
import { describeInstallFailure } from "./install-failure";
import { PluginHostService } from "./plugin-host.service";

/** Where in the manager an operation started, so its progress and outcome show there; `list` is the manager itself. */
export type InstallTarget = "url" | "list" | `requirement:${string}` | `plugin:${string}`;

export const installTargets = {
  requirement: (pluginId: string): InstallTarget => `requirement:${pluginId}`,
  plugin: (pluginId: string): InstallTarget => `plugin:${pluginId}`,
};

export interface InstallActivity {
  target: InstallTarget;
  state: "busy" | "failed" | "done";
  message: string;
  /** The desktop's details of a refusal, one line each. */
  details: readonly string[];
}

/** An install waiting for the user to allow its origin. */
export interface OriginQuestion {
  origin: string;
  url: string;
}

export interface UninstallQuestion {
  pluginId: string;
  title: string;
}

interface InstallRequest {
  url: string;
  target: InstallTarget;
  expectedPluginId?: string;
  /** The title of the installed plugin this request updates. */
  updating?: string;
}

@Injectable({ providedIn: "root" })
export class PluginInstallerService {
  private readonly injector = inject(Injector);
  private readonly waitingForOrigin = signal<InstallRequest | undefined>(undefined);
  private readonly uninstalling = signal<UninstallQuestion | undefined>(undefined);
  private readonly current = signal<InstallActivity | undefined>(undefined);

  /** The origin dialog's question, while an install waits for it. */
  readonly originQuestion = computed<OriginQuestion | undefined>(() => {
    const request = this.waitingForOrigin();
    return request && { origin: new URL(request.url).origin, url: request.url };
  });
  /** The uninstall confirmation's question, while it is open. */
  readonly uninstallQuestion = this.uninstalling.asReadonly();
  /** The running operation, or how the last one ended. */
  readonly activity = this.current.asReadonly();
  /** One operation at a time: the buttons that would start another are disabled meanwhile. */
  readonly busy = computed(() => this.current()?.state === "busy");

  // Resolved by the first command: the manager shows this service's state without needing the plugin runtime built.
  private get hosts(): PluginHostService {
    return this.injector.get(PluginHostService);
  }

  private get capabilities(): PluginCapabilityService {
    return this.injector.get(PluginCapabilityService);
  }

  /** Installs from a manifest URL; a requirement passes its plugin id, and the desktop refuses a manifest for another. */
  async install(url: string, target: InstallTarget, expectedPluginId?: string): Promise<void> {
    if (this.busy()) return;
    const checked = checkUrl(url);
    if (!checked.ok) return this.report(target, "failed", checked.message);
    await this.begin({ url: checked.url, target, ...(expectedPluginId === undefined ? {} : { expectedPluginId }) });
  }

  /** Downloads the plugin again from its source URL; the host reloads it on its old grants and asks only for what is new. */
  async update(pluginId: string): Promise<void> {
    if (this.busy()) return;
    const status = this.hosts.statuses().find((plugin) => plugin.pluginId === pluginId);
    if (status?.source?.kind !== "url")
      return this.report(installTargets.plugin(pluginId), "failed", `${pluginId} was not installed from a URL.`);
    await this.begin({
      url: status.source.url,
      target: installTargets.plugin(pluginId),
      expectedPluginId: pluginId,
      updating: status.title,
    });
  }

  /** Allow: the origin joins the profile's approved install origins (mirrored to the desktop first), then the install runs. */
  async allowOrigin(): Promise<void> {
    const request = this.waitingForOrigin();
    if (!request) return;
    const origin = new URL(request.url).origin;
    this.waitingForOrigin.set(undefined);
    this.report(request.target, "busy", `Allowing ${origin}…`);
    try {
      await this.capabilities.approveInstallOrigin(request.url);
    } catch (error) {
      return this.report(request.target, "failed", `Allowing ${origin} failed: ${describeDesktopFailure(error)}`);
    }
    await this.run(request);
  }

  /** Cancel: nothing is approved, downloaded or installed. */
  cancelOrigin(): void {
    this.waitingForOrigin.set(undefined);
  }

  askUninstall(pluginId: string, title: string): void {
    if (!this.busy()) this.uninstalling.set({ pluginId, title });
  }

  cancelUninstall(): void {
    this.uninstalling.set(undefined);
  }

  /** Stops the plugin, removes its folder and data through the desktop, revokes its grants; it leaves the list. */
  async confirmUninstall(): Promise<void> {
    const question = this.uninstalling();
    if (!question || this.busy()) return;
    this.uninstalling.set(undefined);
    const target = installTargets.plugin(question.pluginId);
    this.report(target, "busy", `Uninstalling ${question.title}…`);
    try {
      const result = await this.hosts.uninstall(question.pluginId);
      const removed = result.dataRemoved ? "its folder and its data were removed" : "its folder was removed";
      this.report("list", "done", `Uninstalled ${question.title}: ${removed}.`);
    } catch (error) {
      this.report(target, "failed", `Uninstalling ${question.title} failed: ${describeDesktopFailure(error)}`);
    }
  }

  private async begin(request: InstallRequest): Promise<void> {
    if (this.capabilities.isInstallOriginApproved(request.url)) return this.run(request);
    this.current.set(undefined);
    this.waitingForOrigin.set(request);
  }

  private async run(request: InstallRequest): Promise<void> {
    const doing = request.updating ? `Updating ${request.updating} from ${request.url}` : `Installing ${request.url}`;
    this.report(request.target, "busy", `${doing}…`);
    try {
      const { plugin, updated } = await this.hosts.installFromUrl(request.url, request.expectedPluginId);
      const manifest = plugin.manifest as { id: string; title: string; version: string };
      const status = this.hosts.statuses().find((candidate) => candidate.pluginId === manifest.id);
      const consent = !status?.missingCapabilities.length
        ? ""
        : status.running
          ? " It runs on what you granted before and asks for more."
          : " Grant what it asks for to start it.";
      // A requirement's offer goes away once its plugin is installed: the outcome shows on the manager itself.
      const target = request.target.startsWith("requirement:") ? "list" : request.target;
      this.report(target, "done", `${updated ? "Updated" : "Installed"} ${manifest.title} ${manifest.version}.${consent}`);
    } catch (error) {
      const failure = describeInstallFailure(error);
      this.report(request.target, "failed", `${doing} failed. ${failure.summary}`, failure.details);
    }
  }

  private report(target: InstallTarget, state: InstallActivity["state"], message: string, details: readonly string[] = []): void {
    this.current.set({ target, state, message, details });
  }
}

function checkUrl(text: string): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: `'${text.trim()}' is not a URL: paste the address of a plugin's toju-plugin.json.` };
  }
  if (bundleOrigin(url.href) === undefined)
    return { ok: false, message: `Plugins are installed over https only (plain http only from this machine), not from ${url.origin}.` };
  return { ok: true, url: url.href };
}
