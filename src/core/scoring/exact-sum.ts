import type Decimal from "decimal.js";
import { ExactDecimal } from "../money/exact";

/** Units of 10⁻⁷, one decimal.js digit word. */
const WORD = 7;
const WORD_BASE = 1e7;

/**
 * The value in units of 10⁻⁷ as a JavaScript integer, when that is exact: at most 7 decimals and
 * |value| < 10⁷ (every score is). Otherwise undefined.
 *
 * Reads decimal.js's documented fields: `d` holds base-10⁷ words, most significant first, aligned on
 * the decimal point, and `e` is the decimal exponent of the leading digit, so word i is worth
 * 10^(7·(⌊e/7⌋ − i)).
 */
export function toScoreUnits(value: Decimal): number | undefined {
  const words = value.d as number[] | null;
  if (!words) return undefined;
  if (words.length === 0 || words[0] === 0) return 0;
  const top = Math.floor(value.e / WORD); // the exponent, in words, of words[0]
  if (top > 0 || words.length - 1 > top + 1) return undefined;
  let units = 0;
  for (let i = 0; i < words.length; i += 1) {
    const exponent = top + 1 - i; // 1 → ×10⁷, 0 → ×1
    units += (words[i] ?? 0) * (exponent === 1 ? WORD_BASE : 1);
  }
  return value.s < 0 ? -units : units;
}

/**
 * Σ values[from..to), exact. Scores are summed as integers of 10⁻⁷ (each below 10¹⁴ and the running sum
 * checked against 2⁵³, so integer arithmetic is exact), which spares decimal.js two allocations per
 * addition — the bulk of scoring 2 000 applications. Anything outside that range is summed as Decimal.
 */
export function sumExact(values: readonly Decimal[], from: number, to: number): Decimal {
  let units = 0;
  let integral = true;
  for (let i = from; i < to && integral; i += 1) {
    const value = values[i];
    const u = value === undefined ? 0 : toScoreUnits(value);
    if (u === undefined) integral = false;
    else {
      units += u;
      if (!Number.isSafeInteger(units)) integral = false;
    }
  }
  if (integral) return new ExactDecimal(`${units}e-${WORD}`);
  let total: Decimal = new ExactDecimal(0);
  for (let i = from; i < to; i += 1) {
    const value = values[i];
    if (value !== undefined) total = total.plus(value);
  }
  return total;
}
