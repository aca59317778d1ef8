import {
  compareFindings,
  type Execution,
  type Finding,
  type GszInput,
  type TrancheSchedule,
} from "../../model";
import { executionTerms } from "../compute";
import { cofinancingDeliveredBelowPlan, grantToReturn } from "./closing";
import { executionContext, type ExecutionRule } from "./context";
import { paymentBeforeRelease, paymentsOverSchedule, paymentUnknown } from "./payments";
import { lineOverTolerance, reportUnknownLine, spentOverPaid } from "./reports";
import { paymentOverdue, reportOverdue } from "./timeliness";

/** The execution rules, in the order of docs/RULES.md "Execution". */
export const EXECUTION_RULES: readonly ExecutionRule[] = [
  paymentUnknown,
  paymentsOverSchedule,
  paymentBeforeRelease,
  reportUnknownLine,
  spentOverPaid,
  lineOverTolerance,
  cofinancingDeliveredBelowPlan,
  reportOverdue,
  paymentOverdue,
  grantToReturn,
];

/**
 * The discrepancies of the year after the contracts, over Платежи, Отчёты and the computed execution,
 * each at the row a person must look at, sorted with compareFindings. Nothing when neither sheet has rows.
 */
export function checkExecution(
  input: GszInput,
  schedules: readonly TrancheSchedule[],
  execution: Execution,
): Finding[] {
  if (!execution.present) return [];
  const context = executionContext(input, schedules, execution, executionTerms(input));
  return EXECUTION_RULES.flatMap((rule) => rule(context)).sort(compareFindings);
}
