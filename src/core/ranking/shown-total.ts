import Decimal from "decimal.js";
import { compareDecimals } from "../money";

const FEWEST = 2;
const MOST = 20;

/**
 * How many decimals the ranking shows totals with: 2, or as many more as it takes so that two
 * different totals never look equal (69.04 and 69.04 for 69.0357… and 69.0360… become 69.0357 and
 * 69.0360). Equal totals are ties and need no telling apart. At most 20 (the precision of `total`).
 */
export function totalDecimals(totals: readonly Decimal[]): number {
  const distinct = [...totals].sort(compareDecimals).filter((t, i, all) => {
    // Stryker disable next-line ArithmeticOperator: keeping the last of equal totals instead of the first is the same.
    const previous = all[i - 1];
    return previous === undefined || compareDecimals(previous, t) !== 0;
  });
  let decimals = FEWEST;
  const clash = (d: number): boolean =>
    distinct.some((t, i) => {
      // Stryker disable next-line ArithmeticOperator: comparing each with the next instead of the previous is the same.
      const previous = distinct[i - 1];
      return previous !== undefined && shownTotal(previous, d) === shownTotal(t, d);
    });
  while (decimals < MOST && clash(decimals)) decimals += 1;
  return decimals;
}

/** A total as the ranking shows it: `decimals` places, half-up ("69.04"). */
export function shownTotal(total: Decimal, decimals: number): string {
  return total.toFixed(decimals, Decimal.ROUND_HALF_UP);
}
