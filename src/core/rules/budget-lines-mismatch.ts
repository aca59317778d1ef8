import { SOURCE_KEYS, type BudgetLine, type Finding } from "../model";
import { sumMoney } from "../money";
import { finding, som } from "./finding";
import type { RuleContext } from "./types";

/**
 * budget-lines-mismatch. An application's Смета lines, summed source by source, against its row on
 * Заявки:
 * - error at the application's source cell that differs (Заявки Грант … Другие): expected is the Смета
 *   sum, actual what the row says; message key `rules.budget-lines-mismatch.<source>`;
 * - info (variant `no-lines`, at the application's № cell) when Смета has lines for other applications
 *   but none for this one: its budget cannot be checked. An empty Смета is silent (not used at all).
 * A repeated application number is checked once, on its first row (the rest is duplicate-id).
 */
export function budgetLinesMismatch({ input }: RuleContext): Finding[] {
  if (input.budgetLines.length === 0) return [];
  const linesOf = new Map<string, BudgetLine[]>();
  for (const line of input.budgetLines) {
    const list = linesOf.get(line.application) ?? [];
    list.push(line);
    linesOf.set(line.application, list);
  }
  const found: Finding[] = [];
  const seen = new Set<string>();
  for (const application of input.applications) {
    if (seen.has(application.id)) continue;
    seen.add(application.id);
    const lines = linesOf.get(application.id);
    if (!lines) {
      found.push(
        finding("budget-lines-mismatch", "info", {
          address: application.cells.id,
          variant: "no-lines",
          params: { application: application.id },
        }),
      );
      continue;
    }
    for (const key of SOURCE_KEYS) {
      const sum = sumMoney(lines.map((l) => l.sources[key]));
      const stated = application.sources[key];
      if (sum.equals(stated)) continue;
      found.push(
        finding("budget-lines-mismatch", "error", {
          address: application.cells[key],
          variant: key,
          params: { application: application.id, source: key, lines: som(sum), stated: som(stated) },
          expected: som(sum),
          actual: som(stated),
        }),
      );
    }
  }
  return found;
}
