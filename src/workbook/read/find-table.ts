import type { InputProblem } from "../../core/model";
import type { Lang } from "../../i18n";
import { isBlank } from "../cells/shown";
import { normalizeHeader } from "../cells/normalize";
import type { ColumnSpec, Localized, TableSpec } from "../schema/types";
import type { Grid } from "./grid";

/** Where a table is: its header row and, per field, its column (all 0-based). */
export interface FoundTable<F extends string> {
  readonly headerRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly columns: ReadonlyMap<F, number>;
  /** Header cells that are not columns of the spec (kept, ignored, or read as criteria). */
  readonly extra: readonly { readonly col: number; readonly header: string }[];
}

/** Every spelling of a term, normalized as headers are compared. */
export function spellings(names: Localized): readonly string[] {
  return [names.ru, names.en, names.ky, ...(names.aliases ?? [])].map(normalizeHeader);
}

function headerLookup<F extends string>(spec: TableSpec<F>): ReadonlyMap<string, ColumnSpec<F>> {
  const map = new Map<string, ColumnSpec<F>>();
  for (const column of spec.columns) {
    for (const spelling of spellings(column.header)) map.set(spelling, column);
  }
  return map;
}

function headerText(grid: Grid, row: number, col: number): string | undefined {
  const value = grid.at(row, col);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** The row with the most of the spec's headers (the first such row), or undefined if none has any. */
function bestHeaderRow<F extends string>(
  grid: Grid,
  lookup: ReadonlyMap<string, ColumnSpec<F>>,
  from: number,
  total: number,
): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (let row = from; row < grid.rowCount; row += 1) {
    const fields = new Set<F>();
    for (let col = 0; col < grid.width(row); col += 1) {
      const text = headerText(grid, row, col);
      const column = text === undefined ? undefined : lookup.get(normalizeHeader(text));
      if (column) fields.add(column.field);
    }
    if (fields.size > bestCount) {
      best = row;
      bestCount = fields.size;
      // A row with every header cannot be beaten: people's tables are near the top.
      if (bestCount === total) break;
    }
  }
  return best;
}

export interface FindTableResult<F extends string> {
  readonly table?: FoundTable<F>;
  readonly problems: readonly InputProblem[];
}

/**
 * Finds a table by its header row anywhere on a sheet (title rows above, any column order, unknown
 * columns kept). A missing required column is a problem at the header row's first cell; a repeated
 * header is a problem at its second occurrence. `from` skips rows (the second table of Программа).
 */
export function findTable<F extends string>(
  grid: Grid,
  spec: TableSpec<F>,
  lang: Lang,
  from = 0,
): FindTableResult<F> {
  const lookup = headerLookup(spec);
  const headerRow = bestHeaderRow(grid, lookup, from, spec.columns.length);
  const headers = spec.columns.map((column) => column.header[lang]).join(" | ");
  if (headerRow === undefined) {
    return {
      problems: [
        {
          address: grid.address(from, 0),
          message: "workbook.table.notFound",
          params: { sheet: grid.sheet, header: headers },
        },
      ],
    };
  }
  const problems: InputProblem[] = [];
  const columns = new Map<F, number>();
  const extra: { col: number; header: string }[] = [];
  let firstCol = Number.POSITIVE_INFINITY;
  let lastCol = -1;
  for (let col = 0; col < grid.width(headerRow); col += 1) {
    const text = headerText(grid, headerRow, col);
    if (text === undefined) continue;
    const column = lookup.get(normalizeHeader(text));
    if (!column) {
      extra.push({ col, header: text.trim() });
      continue;
    }
    if (columns.has(column.field)) {
      problems.push({
        address: grid.address(headerRow, col),
        message: "workbook.column.duplicate",
        params: { column: text.trim(), sheet: grid.sheet },
      });
      continue;
    }
    columns.set(column.field, col);
    firstCol = Math.min(firstCol, col);
    lastCol = Math.max(lastCol, col);
  }
  // The table spans its contiguous header cells around the known columns; unknown ones inside count.
  while (firstCol > 0 && !isBlank(grid.at(headerRow, firstCol - 1))) firstCol -= 1;
  while (!isBlank(grid.at(headerRow, lastCol + 1))) lastCol += 1;
  for (const column of spec.columns) {
    if (column.required && !columns.has(column.field)) {
      problems.push({
        address: grid.address(headerRow, firstCol),
        message: "workbook.column.missing",
        params: { column: column.header[lang], sheet: grid.sheet, row: headerRow + 1 },
      });
    }
  }
  const inside = extra.filter((e) => e.col >= firstCol && e.col <= lastCol);
  return { table: { headerRow, firstCol, lastCol, columns, extra: inside }, problems };
}

/**
 * The rows that are a header row of this table: every required header present, and at least two
 * headers. A sheet with several tables (Программа) ends each table before the next one's header row.
 */
export function headerRows<F extends string>(grid: Grid, spec: TableSpec<F>): number[] {
  const lookup = headerLookup(spec);
  const required = spec.columns.filter((column) => column.required).map((column) => column.field);
  const rows: number[] = [];
  for (let row = 0; row < grid.rowCount; row += 1) {
    const fields = new Set<F>();
    for (let col = 0; col < grid.width(row); col += 1) {
      const text = headerText(grid, row, col);
      const column = text === undefined ? undefined : lookup.get(normalizeHeader(text));
      if (column) fields.add(column.field);
    }
    if (fields.size >= Math.min(2, spec.columns.length) && required.every((f) => fields.has(f)))
      rows.push(row);
  }
  return rows;
}
