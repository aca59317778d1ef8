import type Decimal from "decimal.js";
import { ExactDecimal, toPlain } from "./exact";

/** The exact sum of amounts (0 for none). */
export function sumMoney(values: readonly Decimal[]): Decimal {
  let sum = new ExactDecimal(0);
  for (const value of values) sum = sum.plus(value);
  return toPlain(sum);
}
