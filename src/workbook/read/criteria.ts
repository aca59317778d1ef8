import Decimal from "decimal.js";
import type { Criterion } from "../../core/model";
import type { Lang } from "../../i18n";
import { CRITERIA_TABLE } from "../schema/columns";
import type { Grid } from "./grid";
import { readTable, type SheetRead } from "./rows";

/** Sheet Критерии. Weight defaults to 1. */
export function readCriteria(grid: Grid, lang: Lang): SheetRead<Criterion> {
  const read = readTable(grid, CRITERIA_TABLE, lang);
  const rows: Criterion[] = [];
  for (const row of read.rows) {
    rows.push({
      code: row.text("code") ?? "",
      name: row.text("name") ?? "",
      maxScore: row.decimal("maxScore") ?? new Decimal(0),
      weight: row.decimal("weight") ?? new Decimal(1),
      minScore: row.decimal("minScore"),
      cells: row.cells(),
    });
  }
  return { rows, problems: read.problems, notes: read.notes };
}
