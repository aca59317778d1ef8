import Decimal from "decimal.js";
import type { CellAddress, Finding, InputProblem, ScoreCell } from "../../core/model";
import type { Lang } from "../../i18n";
import { parseCell, type CellData } from "../cells/parse-cell";
import { isBlank } from "../cells/shown";
import type { CellValue } from "../port";
import type { CellType, TableSpec } from "../schema/types";
import { rowsNotRead, tableBody, type TableBody } from "./body";
import { findTable, type FoundTable } from "./find-table";
import type { Grid } from "./grid";

/**
 * What every row of one table shares: the columns present (field → 0-based column, in the spec's
 * order) and each field's slot in a row's values. A row holds only its parsed values, in one array;
 * its cells' addresses are made from its row and these columns when asked for, so a table of
 * 200 000 rows does not hold a map of values and a map of address objects per row.
 */
export class TableLayout<F extends string> {
  /** The slot of each present field in a row's values. */
  private readonly slots = new Map<F, number>();
  readonly fields: readonly F[];

  constructor(
    readonly grid: Grid,
    /** Field → 0-based column, for the present columns only. */
    readonly columns: ReadonlyMap<F, number>,
  ) {
    this.fields = [...columns.keys()];
    this.fields.forEach((field, slot) => this.slots.set(field, slot));
  }

  slot(field: F): number | undefined {
    return this.slots.get(field);
  }
}

/** One data row: each present column's parsed value and cell, by field. */
export class TableRow<F extends string> {
  constructor(
    /** 0-based row on the sheet. */
    readonly row: number,
    /** The parsed values by the layout's slots; undefined where the cell is empty. */
    private readonly values: readonly (CellData | undefined)[],
    private readonly layout: TableLayout<F>,
  ) {}

  private value(field: F): CellData | undefined {
    const slot = this.layout.slot(field);
    return slot === undefined ? undefined : this.values[slot];
  }

  text(field: F): string | undefined {
    const value = this.value(field);
    return typeof value === "string" ? value : undefined;
  }

  decimal(field: F): Decimal | undefined {
    const value = this.value(field);
    return value instanceof Decimal ? value : undefined;
  }

  integer(field: F): number | undefined {
    const value = this.value(field);
    return typeof value === "number" ? value : undefined;
  }

  strings(field: F): readonly string[] | undefined {
    const value = this.value(field);
    return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : undefined;
  }

  decimals(field: F): readonly Decimal[] | undefined {
    const value = this.value(field);
    return Array.isArray(value) && value.every((item) => item instanceof Decimal) ? value : undefined;
  }

  score(field: F): ScoreCell | undefined {
    const value = this.value(field);
    return value !== undefined && typeof value === "object" && "kind" in value ? value : undefined;
  }

  /** The cells this row was read from, by field (every present column, filled or not). */
  cells(): Partial<Record<F, CellAddress>> {
    const cells: Partial<Record<F, CellAddress>> = {};
    for (const [field, col] of this.layout.columns) cells[field] = this.layout.grid.address(this.row, col);
    return cells;
  }

  cell(field: F): CellAddress | undefined {
    const col = this.layout.columns.get(field);
    return col === undefined ? undefined : this.layout.grid.address(this.row, col);
  }
}

/** What the generic reader gives back: every good row and every bad cell, never just the first. */
export interface TableRead<F extends string> {
  readonly table?: FoundTable<F>;
  /** Where the table's data is (absent when the table is not found). */
  readonly body?: TableBody;
  readonly rows: readonly TableRow<F>[];
  readonly problems: readonly InputProblem[];
  /** Empty rows, totals rows and (for a table alone on its sheet) rows below it that are not read. */
  readonly notes: readonly Finding[];
}

export interface ReadTableOptions {
  /** Header rows of the other tables of the sheet (0-based): the table ends before the next one. */
  readonly stops?: readonly number[];
  /**
   * Whether the table is alone on its sheet (default): rows with data below its end are then
   * reported as not read. A sheet with several tables reports them itself (see rowsNotRead).
   */
  readonly alone?: boolean;
}

/**
 * Reads one table of a sheet by its spec: finds it, parses every cell of every data row by its
 * column's type (tableBody: to the end of the table, empty and totals rows skipped and noted), and
 * reports each unreadable or missing required value at its cell. Rows with a problem are left out of
 * `rows` (the run stops on any problem anyway).
 */
export function readTable<F extends string>(
  grid: Grid,
  spec: TableSpec<F>,
  lang: Lang,
  options: ReadTableOptions = {},
): TableRead<F> {
  const found = findTable(grid, spec, lang);
  const table = found.table;
  if (!table) return { rows: [], problems: found.problems, notes: [] };
  const body = tableBody(grid, table, options.stops);
  const notes = options.alone === false ? body.notes : [...body.notes, ...rowsNotRead(grid, [body])];
  const problems: InputProblem[] = [...found.problems];
  const rows: TableRow<F>[] = [];
  const present = spec.columns.flatMap((column) => {
    const col = table.columns.get(column.field);
    return col === undefined ? [] : [{ column, col }];
  });
  const layout = new TableLayout(grid, new Map(present.map(({ column, col }) => [column.field, col])));
  for (const row of body.rows) {
    const values: (CellData | undefined)[] = new Array<CellData | undefined>(present.length);
    let good = true;
    present.forEach(({ column, col }, slot) => {
      const raw = grid.at(row, col);
      if (isNothing(raw, column.type)) {
        if (column.required) {
          good = false;
          problems.push({
            address: grid.address(row, col),
            message: "workbook.cell.required",
            params: { column: headerAt(grid, table.headerRow, col) },
          });
        }
        return;
      }
      const parsed = parseCell(column.type, raw);
      if (parsed.ok) values[slot] = parsed.value;
      else {
        good = false;
        problems.push({ address: grid.address(row, col), message: parsed.key, params: parsed.params });
      }
    });
    if (good) rows.push(new TableRow(row, values, layout));
  }
  return { table, body, rows, problems, notes };
}

/** A lone dash in a number cell is how accountants write "nothing": the same as an empty cell. */
const DASHES = new Set(["-", "\u2013", "\u2014"]);
const NUMERIC: ReadonlySet<CellType> = new Set(["money", "decimal", "percent", "integer"]);

/** An empty cell, for the column's type (a score's blank is a value of its own: missing). */
export function isNothing(value: CellValue, type: CellType): boolean {
  if (type === "score") return false;
  if (isBlank(value)) return true;
  return NUMERIC.has(type) && typeof value === "string" && DASHES.has(value.trim());
}

/** The header as the sheet spells it, for messages. */
export function headerAt(grid: Grid, row: number, col: number): string {
  const value = grid.at(row, col);
  return typeof value === "string" ? value.trim() : "";
}

/** What a sheet's reader gives back: its records, the problems that stop the run, and its notes. */
export interface SheetRead<T> {
  readonly rows: T[];
  readonly problems: readonly InputProblem[];
  readonly notes: readonly Finding[];
}
