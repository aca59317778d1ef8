import type { BudgetCategory, SpendingReport } from "../../core/model";
import { BUDGET_CATEGORIES } from "../../core/model";
import type { Lang } from "../../i18n";
import { REPORTS_TABLE } from "../schema/columns";
import { rowSources } from "./applications";
import type { Grid } from "./grid";
import { readTable, type SheetRead } from "./rows";

function category(text: string | undefined): BudgetCategory {
  return BUDGET_CATEGORIES.find((c) => c === text) ?? "other";
}

/**
 * Sheet Отчёты (optional): what was spent from each source on one budget line in the period of one
 * tranche. Blank source cells are 0 som; a blank Дата приёма means the report is not accepted (yet),
 * so it does not count.
 */
export function readReports(grid: Grid, lang: Lang): SheetRead<SpendingReport> {
  const read = readTable(grid, REPORTS_TABLE, lang);
  const rows: SpendingReport[] = [];
  for (const row of read.rows) {
    const accepted = row.text("accepted");
    rows.push({
      contract: row.text("contract") ?? "",
      tranche: row.integer("tranche") ?? 0,
      // Required and parsed as a category: a row that got here has one.
      category: category(row.text("category")),
      sources: rowSources(row),
      ...(accepted ? { accepted } : {}),
      cells: row.cells(),
    });
  }
  return { rows, problems: read.problems, notes: read.notes };
}
