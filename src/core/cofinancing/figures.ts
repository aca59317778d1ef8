import Decimal from "decimal.js";
import { SOURCE_KEYS, bySource, type CofinancingFigures, type Sources } from "../model";
import { allocate, roundHalfUp, sumMoney } from "../money";
import { ExactDecimal } from "../money/exact";

const HUNDRED_PERCENT = new Decimal(100);
const SHARE_UNIT = new Decimal("0.01");

/**
 * Total, shares and leverage of one set of sources (an application, a direction or the program).
 *
 * - Shares are percents of the total cost with 2 decimals, split by largest remainder so that they sum
 *   to exactly 100.00 (rounding each share on its own can give 99.99 or 100.01, which people report).
 *   A zero total has no meaningful shares: they are all 0.00.
 * - Leverage is non-grant som per grant som, rounded half-up to 0.01; absent when the grant is zero.
 */
export function cofinancingFigures(sources: Sources): CofinancingFigures {
  const amounts = SOURCE_KEYS.map((key) => sources[key]);
  const total = sumMoney(amounts);
  const shareList = sharesOfTotal(amounts);
  const shares = bySource((_key, i) => shareList[i] ?? new Decimal(0));
  const grant = sources.grant;
  const figures: CofinancingFigures = { sources, total, shares };
  if (grant.isZero()) return figures;
  // Divided at 80 digits so that rounding to 0.01 is the only rounding.
  const leverage = new ExactDecimal(total).minus(grant).dividedBy(grant);
  return { ...figures, leverage: roundHalfUp(leverage, SHARE_UNIT) };
}

/**
 * Each amount's share of their sum, in percent with 2 decimals, by largest remainder so that the shares
 * sum to exactly 100.00 (all 0.00 when the sum is zero). The one implementation behind the co-financing
 * sheet and the GSZ.SHARES worksheet function.
 */
export function sharesOfTotal(amounts: readonly Decimal[]): Decimal[] {
  if (sumMoney(amounts).isZero()) return amounts.map(() => new Decimal("0.00"));
  return allocate(HUNDRED_PERCENT, amounts, SHARE_UNIT);
}

/** Source by source sum of several sets of sources. */
export function addSources(list: readonly Sources[]): Sources {
  return bySource((key) => sumMoney(list.map((s) => s[key])));
}
