// planActivation: which plugins activate, in which order, and why each of the others does not.
import type {
  Capability,
  LoadPriority,
  PluginActivationReason,
  PluginRequirementsSnapshot,
  TojuPluginManifest,
} from "@toju/generated/types/contract";
import type { PlanNotice } from "./plan-notice";
import { orderActivation } from "./activation-order";
import { resolveDependencies } from "./dependency-resolution";
import { checkConsent, checkEligibility, type HostCompatibility } from "./plugin-eligibility";
import type { PluginDescriptor } from "./plugin-descriptor";
import { compareIds } from "./plugin-graph";

export interface ActivationPlanInput extends HostCompatibility {
  /** Validated plugins; the first descriptor of an id wins. */
  candidates: readonly PluginDescriptor[];
  /** The open server's requirements; without one, `scope: "server"` plugins stay inactive. */
  serverRequirements?: PluginRequirementsSnapshot;
  disabledPluginIds?: Iterable<string>;
  /**
   * What the user granted each plugin (absent: nothing). A plugin that declares capabilities and holds none of them
   * waits for the user's answer (`capabilities_not_granted`); one that holds some runs on those, so an update asking
   * for more keeps running while only its new capabilities are asked for.
   */
  grantedCapabilities?: ReadonlyMap<string, Iterable<Capability>>;
  /** Plugins the host saw fail: a plan does not retry them, and blocks what requires them. */
  failedPluginIds?: Iterable<string>;
}

export interface PlannedActivation {
  pluginId: string;
  descriptor: PluginDescriptor;
  effectivePriority: LoadPriority;
}

/**
 * `blocked` the plugin cannot run here (see the reason); `disabled` the user turned it off;
 * `inactive` it does not apply here (a server-scoped plugin outside its servers); `failed` it failed earlier.
 */
export type SkipOutcome = "blocked" | "disabled" | "inactive" | "failed";

export interface SkipDecision {
  outcome: SkipOutcome;
  reason: PluginActivationReason;
}

export interface SkippedPlugin extends SkipDecision {
  pluginId: string;
  descriptor: PluginDescriptor;
}

export interface ActivationPlan {
  /** In activation order. */
  activate: PlannedActivation[];
  /** Sorted by id. */
  skipped: SkippedPlugin[];
  notices: PlanNotice[];
}

export function planActivation(input: ActivationPlanInput): ActivationPlan {
  const { unique, duplicates } = byId(input.candidates);
  const manifests = new Map([...unique].map(([id, d]) => [id, d.manifest]));
  const skipped = new Map<string, SkipDecision>();
  const disabled = new Set(input.disabledPluginIds ?? []);
  const failed = new Set(input.failedPluginIds ?? []);

  for (const [id, { manifest }] of unique) {
    const own = ownOutcome(manifest, input, disabled, failed);
    if (own) skipped.set(id, own);
  }
  const runnable = new Set([...unique.keys()].filter((id) => !skipped.has(id)));
  const dependencyBlocked = resolveDependencies({
    manifests,
    runnable,
    unavailableBecause: (id) => unavailableBecause(skipped.get(id)!),
  });
  for (const [id, reason] of dependencyBlocked) {
    skipped.set(id, { outcome: "blocked", reason });
    runnable.delete(id);
  }

  const { order, notices } = orderActivation(manifests, runnable);
  return {
    activate: order.map(({ pluginId, effectivePriority }) => ({ pluginId, descriptor: unique.get(pluginId)!, effectivePriority })),
    skipped: [...[...skipped].map(([pluginId, s]) => ({ pluginId, descriptor: unique.get(pluginId)!, ...s })), ...duplicates].sort((a, b) =>
      compareIds(a.pluginId, b.pluginId),
    ),
    notices,
  };
}

function ownOutcome(
  manifest: TojuPluginManifest,
  input: ActivationPlanInput,
  disabled: ReadonlySet<string>,
  failed: ReadonlySet<string>,
): SkipDecision | undefined {
  const name = `"${manifest.title}"`;
  if (disabled.has(manifest.id)) return { outcome: "disabled", reason: { code: "disabled_by_user", message: `${name} is disabled.` } };
  if (failed.has(manifest.id))
    return { outcome: "failed", reason: { code: "failed_earlier", message: `${name} failed; reload it to try again.` } };
  return checkEligibility(manifest, input, input.serverRequirements) ?? checkConsent(manifest, input.grantedCapabilities?.get(manifest.id));
}

function unavailableBecause(skip: SkipDecision): string {
  switch (skip.outcome) {
    case "disabled":
      return "is disabled.";
    case "failed":
      return "failed.";
    case "inactive":
      return "is not active here.";
    case "blocked":
      return `is blocked: ${skip.reason.message}`;
  }
}

function byId(candidates: readonly PluginDescriptor[]): { unique: Map<string, PluginDescriptor>; duplicates: SkippedPlugin[] } {
  const unique = new Map<string, PluginDescriptor>();
  const duplicates: SkippedPlugin[] = [];
  for (const descriptor of candidates) {
    const id = descriptor.manifest.id;
    if (!unique.has(id)) {
      unique.set(id, descriptor);
      continue;
    }
    duplicates.push({
      pluginId: id,
      descriptor,
      outcome: "blocked",
      reason: {
        code: "duplicate_plugin",
        message: `Another copy of "${descriptor.manifest.title}" (${id}) is already installed; this one is ignored.`,
      },
    });
  }
  return { unique, duplicates };
}
