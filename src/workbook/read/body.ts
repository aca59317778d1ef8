import type { Finding } from "../../core/model";
import { normalizeHeader } from "../cells/normalize";
import type { TableExtent } from "../port";
import type { FoundTable } from "./find-table";
import type { Grid } from "./grid";

/** The rows of one table on its sheet, from its header row to its last row (0-based, inclusive). */
export interface RowSpan {
  readonly headerRow: number;
  readonly lastRow: number;
}

/** Where a table's data is: its data rows and its end, with what reading noticed on the way. */
export interface TableBody extends RowSpan {
  /** The 0-based rows holding data, top to bottom: empty and totals rows are left out. */
  readonly rows: readonly number[];
  /** Empty rows inside the table and totals rows, each at its row (info). */
  readonly notes: readonly Finding[];
}

/** What people write in the first filled cell of a totals row (its first word, `Итого:` included). */
const TOTALS = new Set(["итого", "итог", "всего", "total", "totals", "бардыгы", "жыйынтык", "жыйынтыгы"]);

/** The label of a totals row (its first filled cell within the table), or undefined for any other row. */
export function totalsLabel(grid: Grid, firstCol: number, lastCol: number, row: number): string | undefined {
  const col = grid.firstFilled(row, firstCol, lastCol);
  const first = col === undefined ? undefined : grid.at(row, col);
  if (typeof first !== "string") return undefined;
  const word = normalizeHeader(first).split(" ")[0] ?? "";
  return TOTALS.has(word) ? first.trim() : undefined;
}

/** The Excel table this table is: the one with the same header row, or the one that contains it. */
function excelTableOf<F extends string>(grid: Grid, table: FoundTable<F>): TableExtent | undefined {
  const overlaps = (t: TableExtent): boolean => t.firstCol <= table.lastCol && table.firstCol <= t.lastCol;
  return (
    grid.tables.find((t) => t.headerRow === table.headerRow && overlaps(t)) ??
    grid.tables.find((t) => t.headerRow <= table.headerRow && table.headerRow <= t.lastRow && overlaps(t))
  );
}

/**
 * A table's last row: the sheet's last row with data, before the next header row of another table on
 * the sheet (`stops`, 0-based). The end of an Excel table is not its end (WORKBOOK.md): LibreOffice,
 * scripts and pasting leave rows just below a table's range, and those rows are the table's.
 */
export function lastRowOf<F extends string>(
  grid: Grid,
  table: FoundTable<F>,
  stops: readonly number[],
): number {
  let last = grid.lastRowWithData();
  for (const stop of stops) {
    if (stop > table.headerRow && stop - 1 < last) last = stop - 1;
  }
  return Math.max(last, table.headerRow);
}

function emptyRun(grid: Grid, firstCol: number, run: readonly number[]): Finding {
  const first = run[0] ?? 0;
  const last = run[run.length - 1] ?? first;
  return {
    rule: "empty-row",
    severity: "info",
    address: grid.address(first, firstCol),
    message: run.length === 1 ? "rules.empty-row" : "rules.empty-row.many",
    params: run.length === 1 ? { row: first + 1 } : { first: first + 1, last: last + 1 },
  };
}

/**
 * The body of a table: every row from below its header to its last row (lastRowOf). An empty row
 * (within the table's columns) never ends it: empty rows followed by more data are reported, one
 * finding per run at the run's first row; trailing ones are not. A row empty within the table but
 * holding data beside it is reported as not read. A totals row is skipped and reported at its label,
 * and reading goes on below it. Rows below the table's Excel table (ListObject) are read like any
 * other, and the first of them is reported once (info `table-not-extended`).
 */
export function tableBody<F extends string>(
  grid: Grid,
  table: FoundTable<F>,
  stops: readonly number[] = [],
): TableBody {
  const lastRow = lastRowOf(grid, table, stops);
  const excel = excelTableOf(grid, table);
  let beyond = false;
  const rows: number[] = [];
  const notes: Finding[] = [];
  let pending: number[] = [];
  for (let row = table.headerRow + 1; row <= lastRow; row += 1) {
    const col = grid.firstFilled(row, table.firstCol, table.lastCol);
    if (col === undefined) {
      const beside = grid.firstFilled(row);
      if (beside === undefined) pending.push(row);
      else notes.push(besideTable(grid, row, beside));
      continue;
    }
    const label = totalsLabel(grid, table.firstCol, table.lastCol, row);
    if (label !== undefined) {
      notes.push({
        rule: "totals-row",
        severity: "info",
        address: grid.address(row, col),
        message: "rules.totals-row",
        params: { label },
      });
      continue;
    }
    notes.push(...emptyRuns(grid, table.firstCol, pending));
    pending = [];
    if (excel !== undefined && row > excel.lastRow && !beyond) {
      beyond = true;
      notes.push(notExtended(grid, excel, row, col));
    }
    rows.push(row);
  }
  return { headerRow: table.headerRow, lastRow, rows, notes };
}

/** The first row read below an Excel table's range: read, and said once that the table should grow. */
function notExtended(grid: Grid, excel: TableExtent, row: number, col: number): Finding {
  return {
    rule: "table-not-extended",
    severity: "info",
    address: grid.address(row, col),
    message: "rules.table-not-extended",
    params: { table: excel.name, last: excel.lastRow + 1, row: row + 1 },
  };
}

/** A row whose cells in the table are empty but that holds data beside the table: not read, said so. */
function besideTable(grid: Grid, row: number, col: number): Finding {
  return {
    rule: "row-not-read",
    severity: "warning",
    address: grid.address(row, col),
    message: "rules.row-not-read.beside",
  };
}

/** One finding per run of consecutive empty rows (a totals row between two runs splits them). */
function emptyRuns(grid: Grid, firstCol: number, pending: readonly number[]): Finding[] {
  const findings: Finding[] = [];
  let run: number[] = [];
  for (const row of pending) {
    if (run.length > 0 && row !== (run[run.length - 1] ?? row) + 1) {
      findings.push(emptyRun(grid, firstCol, run));
      run = [];
    }
    run.push(row);
  }
  if (run.length > 0) findings.push(emptyRun(grid, firstCol, run));
  return findings;
}

/**
 * Rows with data below the first table of a sheet that are in none of its tables (below an Excel
 * table's end, typically a note under it): each is reported at its first filled cell (warning), so
 * that no data vanishes unseen. Rows above the first header row are titles and are not reported.
 */
export function rowsNotRead(grid: Grid, spans: readonly RowSpan[]): Finding[] {
  if (spans.length === 0) return [];
  const top = Math.min(...spans.map((span) => span.headerRow));
  const findings: Finding[] = [];
  for (let row = top + 1; row <= grid.lastRowWithData(); row += 1) {
    if (spans.some((span) => row >= span.headerRow && row <= span.lastRow)) continue;
    const col = grid.firstFilled(row);
    if (col === undefined) continue;
    const above = spans.filter((span) => span.lastRow < row).map((span) => span.lastRow);
    findings.push({
      rule: "row-not-read",
      severity: "warning",
      address: grid.address(row, col),
      message: "rules.row-not-read",
      params: { last: Math.max(top, ...above) + 1 },
    });
  }
  return findings;
}
