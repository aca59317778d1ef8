import type Decimal from "decimal.js";
import { ZERO } from "../money";

/**
 * Walks amounts in sheet order and returns the total and the first item with which the running total
 * went over the limit: the row that "spent money that was no longer there", which is where a person
 * starts looking. `crossing` is undefined when the total stays within the limit (equal is within).
 */
export function runningTotal<T>(
  items: readonly T[],
  amount: (item: T) => Decimal,
  limit: Decimal,
): { total: Decimal; crossing?: T } {
  let total = ZERO;
  let crossing: T | undefined;
  for (const item of items) {
    total = total.plus(amount(item));
    if (crossing === undefined && total.greaterThan(limit)) crossing = item;
  }
  return crossing === undefined ? { total } : { total, crossing };
}
