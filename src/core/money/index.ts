/**
 * Money: decimal.js amounts in som, rounded only where a rule says so and always with a named mode.
 */
import Decimal from "decimal.js";

export { roundHalfUp } from "./round-half-up";
export { allocate } from "./allocate";
export { sumMoney } from "./sum-money";
export { compareDecimals } from "./decimal-words";

/** Zero som. */
export const ZERO: Decimal = new Decimal(0);

/** One tyiyn, the default rounding unit. */
export const TYIYN: Decimal = new Decimal("0.01");
