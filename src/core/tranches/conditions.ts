/** Message keys of the release condition of a tranche (texts in src/i18n/catalogs/core.ts). */
export const TRANCHE_CONDITIONS = {
  first: "core.tranche.condition.first",
  middle: "core.tranche.condition.middle",
  last: "core.tranche.condition.last",
} as const;

/**
 * The first tranche is paid on signing the contract, each later one after the report on the previous
 * tranche, the last after the final report. A single tranche is the first.
 */
export function trancheCondition(k: number, n: number): string {
  if (k === 1) return TRANCHE_CONDITIONS.first;
  if (k === n) return TRANCHE_CONDITIONS.last;
  return TRANCHE_CONDITIONS.middle;
}
