// What the planner reports beside its decisions; the reasons themselves are the contract's `PluginActivationReason`.
import type { PluginActivationNoticeCode } from "@toju/generated/types/contract";

/** Orderings the planner had to give up; the plan still holds, the message explains what was ignored. */
export interface PlanNotice {
  code: PluginActivationNoticeCode;
  message: string;
  pluginIds: string[];
}
