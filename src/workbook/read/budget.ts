import type { BudgetCategory, BudgetLine } from "../../core/model";
import { BUDGET_CATEGORIES } from "../../core/model";
import type { Lang } from "../../i18n";
import { BUDGET_TABLE } from "../schema/columns";
import { rowSources } from "./applications";
import type { Grid } from "./grid";
import { readTable, type SheetRead } from "./rows";

function category(text: string | undefined): BudgetCategory {
  return BUDGET_CATEGORIES.find((c) => c === text) ?? "other";
}

/** Sheet Смета. */
export function readBudget(grid: Grid, lang: Lang): SheetRead<BudgetLine> {
  const read = readTable(grid, BUDGET_TABLE, lang);
  const rows: BudgetLine[] = [];
  for (const row of read.rows) {
    rows.push({
      application: row.text("application") ?? "",
      // Required and parsed as a category: a row that got here has one.
      category: category(row.text("category")),
      description: row.text("description") ?? "",
      quantity: row.decimal("quantity"),
      price: row.decimal("price"),
      months: row.decimal("months"),
      sources: rowSources(row),
      statedTotal: row.decimal("total"),
      cells: row.cells(),
    });
  }
  return { rows, problems: read.problems, notes: read.notes };
}
