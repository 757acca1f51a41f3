// PluginRequirementStateService: the open server's plugin requirements, kept live by the ShellSession, are an input of
// every activation plan (a blocked plugin stops with its reason, an unblocked one starts, server-scoped plugins run
// only where listed); the plugins running in this window go back to the server as its `set_active_plugins`.
import { Injectable, computed, effect, inject, untracked } from "@angular/core";
import { describeError } from "@toju/contracts/errors/coded-error";
import { SHELL_SESSION } from "../../session/shell-session";
import { PluginHostService } from "./plugin-host.service";
import { PluginStoreService } from "./plugin-store.service";
import { RUNTIME_CONSOLE } from "./runtime-tokens";
import { SERVER_HOST_PORTS } from "./server-host-ports";

@Injectable({ providedIn: "root" })
export class PluginRequirementStateService {
  private readonly session = inject(SHELL_SESSION);
  private readonly hosts = inject(PluginHostService);
  private readonly store = inject(PluginStoreService);
  private readonly output = inject(RUNTIME_CONSOLE);

  /** The open server's requirements and event definitions; undefined while no server is open. */
  readonly snapshot = this.session.requirements;
  /** The plugins whose code runs in this window, sorted by id. */
  readonly activePluginIds = computed(
    () =>
      this.store
        .plugins()
        .filter((plugin) => plugin.running)
        .map((plugin) => plugin.pluginId)
        .sort(),
    { equal: (a, b) => a.length === b.length && a.every((id, index) => id === b[index]) },
  );

  constructor() {
    const events = inject(SERVER_HOST_PORTS).events;
    effect(() => {
      const snapshot = this.session.requirements();
      untracked(() =>
        this.hosts
          .serverRequirementsChanged(snapshot)
          .catch((error: unknown) => this.output.warn(`[toju] re-planning for the server's requirements failed: ${describeError(error)}`)),
      );
    });
    effect(() => {
      const running = this.activePluginIds();
      untracked(() => this.session.setActivePlugins?.(running));
    });
    effect(() => {
      for (const plugin of this.store.plugins()) if (!plugin.running) events.removeAll(plugin.pluginId);
    });
  }
}
