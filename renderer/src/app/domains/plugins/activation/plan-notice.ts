// Why a plugin is not activated: stable machine codes (part of the contract) and messages for people.

export const planReasonCodes = [
  "disabled_by_user",
  "duplicate_plugin",
  "api_version_mismatch",
  "toju_version_too_old",
  "server_blocked",
  "server_incompatible",
  "server_version_mismatch",
  "not_required_by_server",
  "missing_dependency",
  "dependency_version_mismatch",
  "dependency_blocked",
  "dependency_cycle",
  "conflict",
  "failed_earlier",
] as const;

export type PlanReasonCode = (typeof planReasonCodes)[number];

export interface PluginActivationReason<Code extends string = PlanReasonCode> {
  code: Code;
  message: string;
  /** Other plugins the reason is about (the missing dependency, the conflicting plugin, the cycle). */
  relatedPluginIds?: string[];
}

/** Orderings the planner had to give up; the plan still holds, the message explains what was ignored. */
export const planNoticeCodes = ["ordering_cycle"] as const;

export type PlanNoticeCode = (typeof planNoticeCodes)[number];

export interface PlanNotice {
  code: PlanNoticeCode;
  message: string;
  pluginIds: string[];
}
