import type Decimal from "decimal.js";
import type { Aggregation } from "../model";
import { toExact } from "../money/exact";
import { sumExact } from "./exact-sum";
import { fraction, type Fraction } from "./fraction";

/** Trimmed mean drops one highest and one lowest score only when at least this many exist. */
export const TRIM_FROM = 5;

/**
 * One criterion's aggregate over the scores that count, exact. `sorted` must be ascending and
 * non-empty. Median of an even count is the mean of the two middle scores. Trimmed mean below
 * TRIM_FROM scores is the plain mean (dropping from 3 or 4 scores would leave too few to mean much).
 */
export function aggregateScores(sorted: readonly Decimal[], method: Aggregation): Fraction {
  const n = sorted.length;
  if (n === 0) throw new RangeError("no scores to aggregate");
  if (method === "median") {
    const upper = sorted[Math.floor(n / 2)];
    const lower = sorted[Math.floor((n - 1) / 2)];
    if (upper === undefined || lower === undefined) throw new RangeError("no scores to aggregate");
    return n % 2 === 1 ? fraction(upper) : fraction(toExact(upper).plus(lower), 2);
  }
  if (method === "trimmed-mean" && n >= TRIM_FROM) return fraction(sumExact(sorted, 1, n - 1), n - 2);
  return fraction(sumExact(sorted, 0, n), n);
}
