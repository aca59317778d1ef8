import Decimal from "decimal.js";
import { ExactDecimal, toPlain } from "./exact";

/**
 * Rounds to a multiple of `unit`, halves away from zero (Excel's ROUND, for negatives too):
 * `roundHalfUp("2.345") = 2.35`, `roundHalfUp("-2.345") = -2.35`, `roundHalfUp("12.5", 1) = 13`.
 *
 * @param unit a positive step such as `"0.01"` (tyiyn, the default) or `1` (whole som).
 * @throws RangeError when the unit is not positive (a programming error, not a data problem).
 */
export function roundHalfUp(value: Decimal.Value, unit: Decimal.Value = "0.01"): Decimal {
  const step = new ExactDecimal(unit);
  if (!step.isPositive() || step.isZero())
    throw new RangeError(`rounding unit must be positive: ${String(unit)}`);
  const units = new ExactDecimal(value).dividedBy(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return toPlain(units.times(step));
}
