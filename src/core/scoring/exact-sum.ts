import type Decimal from "decimal.js";
import { toScoreUnits } from "../money/decimal-words";
import { ExactDecimal } from "../money/exact";

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
    // Stryker disable next-line ConditionalExpression: i stays within values (undefined only for the types).
    const u = value === undefined ? 0 : toScoreUnits(value);
    if (u === undefined) integral = false;
    else {
      units += u;
      if (!Number.isSafeInteger(units)) integral = false;
    }
  }
  if (integral) return new ExactDecimal(`${units}e-7`);
  let total: Decimal = new ExactDecimal(0);
  for (let i = from; i < to; i += 1) {
    const value = values[i];
    // Stryker disable next-line ConditionalExpression: as above.
    if (value !== undefined) total = total.plus(value);
  }
  return total;
}
