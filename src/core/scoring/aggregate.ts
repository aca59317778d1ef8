import type Decimal from "decimal.js";
import type { Aggregation } from "../model";
import { compareDecimals } from "../money/decimal-words";
import { toExact } from "../money/exact";
import { sumExact } from "./exact-sum";
import { fraction, type Fraction } from "./fraction";

/** Trimmed mean drops one highest and one lowest score only when at least this many exist. */
export const TRIM_FROM = 5;

/** The lowest and highest of non-empty scores. */
export interface Extremes {
  readonly lowest: Decimal;
  readonly highest: Decimal;
}

/** One pass instead of a sort: mean and trimmed mean need only the extremes. */
export function extremes(values: readonly Decimal[]): Extremes {
  const first = values[0];
  if (first === undefined) throw new RangeError("no scores to aggregate");
  let lowest = first;
  let highest = first;
  for (const value of values) {
    // Stryker disable next-line EqualityOperator: "≤" or "≥" would replace an extreme by an equal score.
    if (compareDecimals(value, lowest) < 0) lowest = value;
    // Stryker disable next-line EqualityOperator: as above.
    else if (compareDecimals(value, highest) > 0) highest = value;
  }
  return { lowest, highest };
}

/**
 * One criterion's aggregate over the scores that count (any order, non-empty), exact. Median of an
 * even count is the mean of the two middle scores. Trimmed mean below TRIM_FROM scores is the plain
 * mean (dropping from 3 or 4 scores would leave too few to mean much).
 */
export function aggregateScores(
  values: readonly Decimal[],
  method: Aggregation,
  known: Extremes = extremes(values),
): Fraction {
  const n = values.length;
  if (n === 0) throw new RangeError("no scores to aggregate");
  if (method === "median") {
    const sorted = [...values].sort(compareDecimals);
    const upper = sorted[Math.floor(n / 2)];
    const lower = sorted[Math.floor((n - 1) / 2)];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: never undefined for n > 0 (for the types).
    if (upper === undefined || lower === undefined) throw new RangeError("no scores to aggregate");
    return n % 2 === 1 ? fraction(upper) : fraction(toExact(upper).plus(lower), 2);
  }
  const total = sumExact(values, 0, n);
  if (method === "trimmed-mean" && n >= TRIM_FROM) {
    return fraction(total.minus(known.lowest).minus(known.highest), n - 2);
  }
  return fraction(total, n);
}
