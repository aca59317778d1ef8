import Decimal from "decimal.js";

/**
 * A Decimal constructor with room for intermediate products (amount × ratio, numerators × common
 * denominators) so that the core's integer-unit arithmetic never loses a digit; the default constructor
 * keeps 20 significant digits, which a 1e12 som amount times a ratio can exceed.
 */
export const ExactDecimal = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP });

/** `value` as an ExactDecimal, without copying when it already is one. */
export function toExact(value: Decimal.Value): Decimal {
  return value instanceof ExactDecimal ? value : new ExactDecimal(value);
}

/**
 * Back to the ordinary constructor so callers get plain `Decimal` instances (instanceof works). Copies
 * every digit: the constructor does not round to its precision.
 */
export function toPlain(value: Decimal.Value): Decimal {
  return new Decimal(value);
}
