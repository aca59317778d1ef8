import type Decimal from "decimal.js";
import type { BudgetLine, CellAddress, Finding } from "../model";
import { roundHalfUp } from "../money";
import { finding, som } from "./finding";
import { sourcesTotal } from "./sources";
import type { RuleContext } from "./types";

/**
 * Кол-во × Цена × Месяцев with a blank Кол-во or Месяцев counting as 1; undefined without a Цена: then
 * the product is not an amount of money (2 persons × 12 months), so there is nothing to compare and a
 * line that only describes itself is not flagged.
 */
function product(line: BudgetLine): Decimal | undefined {
  if (line.price === undefined) return undefined;
  return line.price.times(line.quantity ?? 1).times(line.months ?? 1);
}

/** The cell to fix when the product disagrees: the stated Итого, else Цена. */
function productCell(line: BudgetLine): CellAddress | undefined {
  return line.statedTotal !== undefined ? line.cells.total : line.cells.price;
}

/**
 * budget-line-arithmetic (error), per Смета line:
 * - Кол-во × Цена × Месяцев (a blank Кол-во or Месяцев counts as 1; a line without Цена is not
 *   checked), rounded half-up to the tyiyn, against the line's total — its stated Итого when filled, else
 *   the sum of its sources; points at Итого when filled, else at Цена;
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
