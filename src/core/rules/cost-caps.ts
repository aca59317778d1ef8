import type Decimal from "decimal.js";
import type { BudgetCategory, Finding, GszInput, RuleId } from "../model";
import { finding, percent, shareOf, som } from "./finding";
import { runningTotal } from "./running-total";
import type { RuleContext } from "./types";

/**
 * Applications whose budget lines of the given categories take, in their GRANT column, more than `cap`
 * percent of the application's grant (Заявки Грант). Only the grant-funded part counts: the cap limits
 * what the program's money pays for (WORKBOOK.md: "as share of the grant"); co-financed salaries are the
 * co-financiers' business. Compared exactly, so exactly the cap does not fire. Points at the Грант cell
 * of the Смета line with which the running sum went over the cap. An application with a zero grant or
 * without such lines is not checked.
 */
function overCap(
  input: GszInput,
  rule: RuleId,
  categories: readonly BudgetCategory[],
  cap: Decimal,
): Finding[] {
  const found: Finding[] = [];
  const seen = new Set<string>();
  for (const application of input.applications) {
    if (seen.has(application.id)) continue;
    seen.add(application.id);
    const grant = application.sources.grant;
    if (grant.isZero()) continue;
    const lines = input.budgetLines.filter(
      (l) => l.application === application.id && categories.includes(l.category),
    );
    const limit = cap.times(grant).dividedBy(100);
    const { total, crossing } = runningTotal(lines, (l) => l.sources.grant, limit);
    if (!crossing) continue;
    const actual = percent(shareOf(total, grant), "over");
    found.push(
      finding(rule, "error", {
        address: crossing.cells.grant,
        params: {
          application: application.id,
          share: actual,
          cap: som(cap),
          amount: som(total),
          grant: som(grant),
        },
        expected: som(cap),
        actual,
      }),
    );
  }
  return found;
}

/**
 * staff-cost-over-cap (error, Смета Грант of a staff / social-fund line): Оплата труда + Отчисления в
 * Соцфонд paid from the grant exceed Макс. оплата труда, % of the grant. Silent when not set.
 */
export function staffCostOverCap({ input }: RuleContext): Finding[] {
  const cap = input.program.maxStaffPct;
  return cap === undefined ? [] : overCap(input, "staff-cost-over-cap", ["staff", "social-fund"], cap);
}

/**
 * admin-cost-over-cap (error, Смета Грант of an administrative line): Административные расходы paid from
 * the grant exceed Макс. админ. расходы, % of the grant. Silent when not set.
 */
export function adminCostOverCap({ input }: RuleContext): Finding[] {
  const cap = input.program.maxAdminPct;
  return cap === undefined ? [] : overCap(input, "admin-cost-over-cap", ["administrative"], cap);
}
