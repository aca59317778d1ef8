import type Decimal from "decimal.js";
import type { BudgetLine, CellAddress, Finding } from "../model";
import { roundHalfUp } from "../money";
import { finding, som } from "./finding";
import { sourcesTotal } from "./sources";
import type { RuleContext } from "./types";

/** Кол-во × Цена × Месяцев with absent factors as 1; undefined when none of them is filled. */
function product(line: BudgetLine): Decimal | undefined {
  const factors = [line.quantity, line.price, line.months].filter((f): f is Decimal => f !== undefined);
  const [first, ...rest] = factors;
  if (!first) return undefined;
  return rest.reduce((acc, f) => acc.times(f), first);
}

/** The cell to fix when the product disagrees: the stated Итого, else the first factor given (Цена first). */
function productCell(line: BudgetLine): CellAddress | undefined {
  if (line.statedTotal !== undefined) return line.cells.total;
  if (line.price !== undefined) return line.cells.price;
  if (line.quantity !== undefined) return line.cells.quantity;
  return line.cells.months;
}

/**
 * budget-line-arithmetic (error), per Смета line:
 * - Кол-во × Цена × Месяцев (absent factors count as 1; a line with none of them is not checked),
 *   rounded half-up to the tyiyn, against the line's total — its stated Итого when filled, else the sum
 *   of its sources; points at Итого when filled, else at Цена (or the factor that is filled);
 * - variant `sources`: the stated Итого against the sum of the line's sources, at Итого.
 */
export function budgetLineArithmetic({ input }: RuleContext): Finding[] {
  const found: Finding[] = [];
  for (const line of input.budgetLines) {
    const sum = sourcesTotal(line.sources);
    const total = line.statedTotal ?? sum;
    const exact = product(line);
    const params = { application: line.application, description: line.description };
    if (exact !== undefined) {
      const computed = roundHalfUp(exact);
      // Product = sources but ≠ stated Итого: only Итого is wrong, which the `sources` variant says.
      const onlyTotalWrong = line.statedTotal !== undefined && computed.equals(sum);
      if (!computed.equals(total) && !onlyTotalWrong) {
        found.push(
          finding("budget-line-arithmetic", "error", {
            address: productCell(line),
            params: { ...params, product: som(computed), total: som(total) },
            expected: som(computed),
            actual: som(total),
          }),
        );
      }
    }
    if (line.statedTotal !== undefined && !line.statedTotal.equals(sum)) {
      found.push(
        finding("budget-line-arithmetic", "error", {
          address: line.cells.total,
          variant: "sources",
          params: { ...params, stated: som(line.statedTotal), sum: som(sum) },
          expected: som(sum),
          actual: som(line.statedTotal),
        }),
      );
    }
  }
  return found;
}
