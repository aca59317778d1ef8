import Decimal from "decimal.js";
import { ExactDecimal, toPlain } from "./exact";

/**
 * Splits `total` by `ratios` into multiples of `unit` that sum to `total` exactly (largest remainder,
 * the method of dinero.js's allocate but with the leftover units going to the largest fractional parts):
 * every part first gets its exact share rounded down to the unit; the units left over (fewer than the
 * number of parts) go one each to the parts with the largest remainder, ties to the lower index.
 * So each part is within one unit of its exact share `total × ratio / Σ ratios`, and the result depends
 * only on the arguments.
 *
 * Ratios may be any decimals whose sum is not zero (negative ones are allowed and handled exactly).
 *
 * @throws RangeError when there are no ratios, they sum to zero, the unit is not positive or the total
 *   is not a whole number of units — misuse of the function, never a data problem.
 */
export function allocate(total: Decimal, ratios: readonly Decimal[], unit: Decimal): Decimal[] {
  const step = new ExactDecimal(unit);
  if (!step.isPositive() || step.isZero())
    throw new RangeError(`allocation unit must be positive: ${unit.toString()}`);
  const units = new ExactDecimal(total).dividedBy(step);
  if (!units.isInteger())
    throw new RangeError(`total ${total.toString()} is not a multiple of ${unit.toString()}`);
  let weights = ratios.map((r) => new ExactDecimal(r));
  let weightSum = weights.reduce((a, b) => a.plus(b), new ExactDecimal(0));
  if (weightSum.isZero()) throw new RangeError("ratios must not sum to zero"); // no ratios sum to zero too
  // A negative sum would turn "remainder in [0, sum)" upside down; the shares are the same with every
  // sign flipped.
  if (weightSum.isNegative()) {
    weights = weights.map((w) => w.negated());
    weightSum = weightSum.negated();
  }

  // Exact integer division: floor(units × w / Σw) and its remainder, both without any rounding.
  const floors: Decimal[] = [];
  const remainders: Decimal[] = [];
  let handedOut = new ExactDecimal(0);
  for (const weight of weights) {
    const numerator = units.times(weight);
    let quotient = numerator.dividedToIntegerBy(weightSum);
    let remainder = numerator.minus(quotient.times(weightSum));
    if (remainder.isNegative()) {
      quotient = quotient.minus(1);
      remainder = remainder.plus(weightSum);
    }
    floors.push(quotient);
    remainders.push(remainder);
    handedOut = handedOut.plus(quotient);
  }

  const leftover = units.minus(handedOut).toNumber();
  // Array.prototype.sort is stable (ES2019): equal remainders keep index order.
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder));
  const extra = new Set(order.slice(0, leftover).map((o) => o.index));

  return floors.map((floor, index) => toPlain((extra.has(index) ? floor.plus(1) : floor).times(step)));
}
