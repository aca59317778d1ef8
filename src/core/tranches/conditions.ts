import type { MessageParams } from "../model";

/** Message keys of the release condition of a tranche (texts in src/i18n/catalogs/tranche-dates.ts). */
export const TRANCHE_CONDITIONS = {
  first: "tranche-dates.condition.advance",
  middle: "tranche-dates.condition.after-report",
  last: "tranche-dates.condition.final-report",
} as const;

export interface TrancheCondition {
  readonly key: string;
  readonly params?: MessageParams;
}

/**
 * Tranche k of n: the first is the advance on signing the contract, the last is paid after the final
 * report, each other one after the report on tranche k − 1. A single tranche is the advance.
 */
export function trancheCondition(k: number, n: number): TrancheCondition {
  if (k === 1) return { key: TRANCHE_CONDITIONS.first };
  if (k === n) return { key: TRANCHE_CONDITIONS.last };
  return { key: TRANCHE_CONDITIONS.middle, params: { previous: k - 1 } };
}
