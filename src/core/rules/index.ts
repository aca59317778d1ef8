import type { Finding, GszInput } from "../model";
import type { Cofinancing, RankingEntry, TrancheSchedule } from "../model";

/** What the core computed before the rules run over it. */
export interface Computed {
  readonly ranking: readonly RankingEntry[];
  readonly cofinancing: Cofinancing;
  readonly tranches: readonly TrancheSchedule[];
}

/**
 * The discrepancy rules over the input and the computed results (the program, application, budget and
 * contract rules; scoring and tranche findings come from their own modules).
 */
export function checkRules(_input: GszInput, _computed: Computed): Finding[] {
  return [];
}
