import Decimal from "decimal.js";
import type { Application, SourceKey, Sources } from "../../core/model";
import type { Lang } from "../../i18n";
import { APPLICATIONS_TABLE } from "../schema/columns";
import type { Grid } from "./grid";
import { readTable, type SheetRead, type TableRow } from "./rows";

const ZERO = new Decimal(0);

/** The five sources of a row; a blank source cell is no money from that source. */
export function rowSources<F extends string>(row: TableRow<F | SourceKey>): Sources {
  return {
    grant: row.decimal("grant") ?? ZERO,
    localBudget: row.decimal("localBudget") ?? ZERO,
    community: row.decimal("community") ?? ZERO,
    ngo: row.decimal("ngo") ?? ZERO,
    other: row.decimal("other") ?? ZERO,
  };
}

/** Sheet Заявки. */
export function readApplications(grid: Grid, lang: Lang): SheetRead<Application> {
  const read = readTable(grid, APPLICATIONS_TABLE, lang);
  const rows: Application[] = [];
  for (const row of read.rows) {
    rows.push({
      id: row.text("id") ?? "",
      organization: row.text("organization") ?? "",
      organizationType: row.text("organizationType") ?? "",
      direction: row.text("direction") ?? "",
      project: row.text("project") ?? "",
      sources: rowSources(row),
      statedTotal: row.decimal("total"),
      start: row.text("start"),
      end: row.text("end"),
      submitted: row.text("submitted"),
      cells: row.cells(),
    });
  }
  return { rows, problems: read.problems, notes: read.notes };
}
