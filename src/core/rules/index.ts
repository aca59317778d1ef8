import { compareFindings, type Finding, type GszInput } from "../model";
import { directionOverAllocation, programOverBudget } from "./allocation";
import { budgetLineArithmetic } from "./budget-line-arithmetic";
import { budgetLinesMismatch } from "./budget-lines-mismatch";
import { cofinancingBelowMin, ngoContributionBelowMin } from "./cofinancing-minimums";
import { contractNotRecommended, contractOverRequest } from "./contracts";
import { adminCostOverCap, staffCostOverCap } from "./cost-caps";
import { duplicateId } from "./duplicate-id";
import { ineligibleApplicant } from "./ineligible-applicant";
import { makeLookup } from "./lookup";
import { periodOutsideProgram } from "./period-outside-program";
import { applicationUnknown, directionUnknown, memberUnknown } from "./references";
import { requestOverCap } from "./request-over-cap";
import { sourceVsPlan } from "./source-vs-plan";
import { sourcesSumMismatch } from "./sources-sum-mismatch";
import type { Computed, Rule } from "./types";

export type { Computed, Rule, RuleContext } from "./types";

/** The program, application, budget and contract rules, in the order of docs/RULES.md. */
export const RULES: readonly Rule[] = [
  directionUnknown,
  applicationUnknown,
  memberUnknown,
  directionOverAllocation,
  programOverBudget,
  requestOverCap,
  sourcesSumMismatch,
  budgetLinesMismatch,
  budgetLineArithmetic,
  cofinancingBelowMin,
  ngoContributionBelowMin,
  staffCostOverCap,
  adminCostOverCap,
  sourceVsPlan,
  ineligibleApplicant,
  duplicateId,
  contractNotRecommended,
  contractOverRequest,
  periodOutsideProgram,
];

/**
 * The discrepancy rules over the input and the computed results (the program, application, budget and
 * contract rules; scoring and tranche findings come from their own modules), sorted with
 * compareFindings: errors first, then by sheet, row, column and rule. See docs/RULES.md.
 */
export function checkRules(input: GszInput, computed: Computed): Finding[] {
  const context = { input, computed, lookup: makeLookup(input, computed.ranking) };
  return RULES.flatMap((rule) => rule(context)).sort(compareFindings);
}
