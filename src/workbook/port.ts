/**
 * The small workbook port. The workbook layer (reading, rendering, templates) is written against it;
 * two adapters implement it: ExcelJS for .xlsx files (src/adapters/exceljs) and Office.js inside Excel
 * (src/adapters/officejs). No adapter type leaks through here.
 */

/** A date cell, as an Excel serial day number (1900 date system, as Excel and Office.js report it). */
export interface DateValue {
  readonly date: number;
}

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface ErrorValue {
  readonly error: string;
}

/** What a cell holds when read. Formulas are read as their last computed result. */
export type CellValue = null | string | number | boolean | DateValue | ErrorValue;

/**
 * An Excel table (ListObject) on a sheet, as the file or Excel declares it: 0-based, inclusive, the
 * header row first and the last row of its range last (a shown totals row included).
 */
export interface TableExtent {
  readonly name: string;
  readonly headerRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
}

/** One sheet's used values, row-major from A1 (values[0][0] is A1). Rows may be ragged. */
export interface SheetValues {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  /**
   * The Excel tables on the sheet, when the adapter knows them. A table read by the workbook layer
   * runs past the end of its Excel table all the same (to the sheet's last row with data): rows below
   * it are read, and the first is noted so that the person extends the Excel table.
   */
  readonly tables?: readonly TableExtent[];
  /**
   * The number formats of number cells shown otherwise than General (percent, money, dates…), by
   * formatKey(row, col) (0-based), when the adapter keeps them: the results workbook's copy of an
   * input shows its numbers as the input did. Absent: General everywhere.
   */
  readonly numberFormats?: ReadonlyMap<number, string>;
}

/** The key of a cell in SheetValues.numberFormats (0-based row and column; Excel has 16 384 columns). */
export function formatKey(row: number, col: number): number {
  return row * 16384 + col;
}

/** A formula written to a cell, with the result the engine expects (for adapters that cannot calculate). */
export interface FormulaValue {
  readonly formula: string;
  readonly result: number | string;
}

/** An internal hyperlink to a cell of this workbook. */
export interface LinkValue {
  readonly text: string;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export type WriteValue = CellValue | FormulaValue | LinkValue;

/**
 * How a column's numbers are shown. `percent` cells hold fractions (0.6771 shows as 67.71 %);
 * `money` is 2 decimals with a thousands separator; `decimal` is 4 decimals (aggregates a person can
 * recompute by hand); `number` shows what was typed (quantities, scores); `date` cells hold DateValue.
 * The Excel codes are in ./formats.ts, shared by both adapters.
 */
export type ColumnFormat = "text" | "integer" | "number" | "decimal" | "money" | "percent" | "date";

export interface ColumnLayout {
  /** Width in characters, as Excel measures column width. */
  readonly width: number;
  readonly format: ColumnFormat;
  /** Text in this column wraps onto more lines (long names, messages) instead of overflowing; title rows never wrap. */
  readonly wrap?: boolean;
  /** An Excel number format (invariant codes) that replaces the format's own, e.g. `0.000` for scores. */
  readonly numberFormat?: string;
}

/** An Excel table (ListObject) over rows headerRow..lastRow and columns 1..columns.length. */
export interface TableLayout {
  readonly name: string;
  readonly headerRow: number;
  readonly lastRow: number;
  /** The last row is a totals row (bold, not sorted or filtered with the data). */
  readonly totalsRow?: boolean;
}

/** Data validation over a block of cells (1-based, inclusive). */
export interface ValidationLayout {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly rule:
    | { readonly kind: "list"; readonly values: readonly string[] }
    | { readonly kind: "decimal"; readonly min: number; readonly max: number }
    /**
     * An Excel formula, without the leading `=`, that is true for an allowed value. It is written for
     * the block's first cell: relative references move with each cell, as in Excel's own dialog.
     */
    | { readonly kind: "custom"; readonly formula: string }
    /** Any value: the validation only carries its input message (`prompt`). */
    | { readonly kind: "any" };
  /** Shown when the user types something else; in the user's language. */
  readonly message: string;
  /** The input message shown while a cell of the block is selected: what goes there, with an example. */
  readonly prompt?: { readonly title: string; readonly message: string };
}

/**
 * How a sheet prints, the same in every adapter: A4 in `orientation`, fitted to one page wide and as many
 * pages tall as it needs, `repeatRows` printed at the top of every page (print titles), `header` in the
 * middle of the page header and `footer` in the middle of the page footer. Header and footer are plain
 * text; in the footer `{page}` and `{pages}` stand for the page number and the number of pages
 * (see ../workbook/print.ts for the codes Excel stores).
 */
export interface PageSetupLayout {
  readonly orientation: "portrait" | "landscape";
  /** 1-based, inclusive. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  readonly header: string;
  readonly footer: string;
}

/** A block of cells on the sheet the chart is on (1-based, inclusive): one column or one row. */
export interface CellBlock {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
}

/** One series of a chart: its values are cells of the sheet, never copied numbers. */
export interface ChartSeriesLayout {
  /** The legend text, in the user's language. */
  readonly name: string;
  readonly values: CellBlock;
  /** The series' colour as RGB hex without `#`, from a palette colour-blind readers can tell apart. */
  readonly color: string;
  /** In a column or bar chart, drawn as a line over the bars (a pass score, a median, a funding line). */
  readonly asLine?: boolean;
  /** The colour of each point in order, where points differ (the slices of a pie); else `color` for all. */
  readonly pointColors?: readonly string[];
}

/**
 * A native chart on an output sheet, the same in every writer (DrawingML in the results workbook,
 * Excel's chart API in the add-in, SVG on the offline page). Its categories and series point at
 * cells of the sheet's own rows, so table and picture cannot disagree.
 */
export interface ChartLayout {
  readonly kind: "pie" | "column" | "bar" | "stacked-column" | "stacked-bar" | "line";
  readonly title: string;
  /** Alternative text: what the chart shows, for screen readers and the printed description. */
  readonly altText: string;
  readonly categories: CellBlock;
  readonly series: readonly ChartSeriesLayout[];
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  /** The Excel number format (invariant codes) of the values, axis and data labels, e.g. `#,##0.00`. */
  readonly numberFormat: string;
  /** Values written on the bars or slices. */
  readonly dataLabels: boolean;
  /** Where it sits: from the top-left corner of `from` to the top-left corner of `to` (1-based cells). */
  readonly anchor: {
    readonly from: { readonly row: number; readonly col: number };
    readonly to: { readonly row: number; readonly col: number };
  };
}

/** A whole sheet to write: values from A1, its columns, tables and cosmetics. */
export interface SheetLayout {
  readonly name: string;
  readonly rows: readonly (readonly WriteValue[])[];
  readonly columns: readonly ColumnLayout[];
  readonly tables: readonly TableLayout[];
  /** Rows shown bold as titles (1-based), e.g. the sheet title and the run stamp. */
  readonly titleRows?: readonly number[];
  /**
   * Columns hidden from view and print (1-based), beyond `columns` and the tables: a scoring form's
   * stamp of who it was written for.
   */
  readonly hiddenColumns?: readonly number[];
  /** Rows frozen at the top (the rows above and including the header). */
  readonly freezeRows?: number;
  readonly validations?: readonly ValidationLayout[];
  /** Cells tinted as a warning (1-based row/col), e.g. failing rows of a ranking. */
  readonly highlights?: readonly { readonly row: number; readonly col: number }[];
  /** How the sheet prints; absent: the application's defaults. */
  readonly pageSetup?: PageSetupLayout;
  /** Charts drawn from this sheet's own cells (WORKBOOK.md, "Charts"). */
  readonly charts?: readonly ChartLayout[];
  /**
   * Rows (1-based) at which a printed page starts (manual page breaks), so that a chart and the block
   * of cells it draws are not cut across two pages.
   */
  readonly pageBreaks?: readonly number[];
}

/** Options of WorkbookPort.writeSheets. */
export interface WriteOptions {
  /**
   * Sheets to delete in the same all-or-nothing step, e.g. the outputs of an earlier run in another
   * language (their tables carry the same names). Names that do not exist or are written are ignored.
   */
  readonly remove?: readonly string[];
}

export interface WorkbookPort {
  /** The names of the sheets, in workbook order. */
  listSheets(): Promise<readonly string[]>;
  /** Reads the named sheets in one batch; a name that does not exist is absent from the answer. */
  readSheets(names: readonly string[]): Promise<readonly SheetValues[]>;
  /**
   * Optional: reads only the first `rows` rows of the named sheets, in one batch (a name that does not
   * exist is absent), e.g. the run stamps of output sheets that may hold 100 000 rows below. An adapter
   * without it is read whole with readSheets.
   */
  readTop?(names: readonly string[], rows: number): Promise<readonly SheetValues[]>;
  /**
   * Creates or replaces each named sheet, all of them or none: on failure the sheets as they were
   * before stay in place. Sheets not named (here or in `options.remove`) are never touched.
   */
  writeSheets(sheets: readonly SheetLayout[], options?: WriteOptions): Promise<void>;
  /**
   * Appends rows to an existing sheet below its last row with data, from column `firstCol` (1-based), so
   * that no filled cell is ever overwritten; an Excel table that reaches that last row is extended over
   * them. Answers the first row written (1-based). Optional: only the ports that collect scoring forms
   * into Оценки have it (the add-in's, the memory workbook).
   */
  appendRows?(sheet: string, firstCol: number, rows: readonly (readonly CellValue[])[]): Promise<number>;
}

/**
 * Why a writeSheets call was refused, the same for every adapter: `code` maps to the message key
 * `ui.error.<code>`, `params` fill it in. Refusals happen before anything is written.
 */
export class WorkbookWriteError extends Error {
  constructor(
    readonly code:
      "sheet-name-invalid" | "sheet-name-duplicate" | "table-name-taken" | "input-sheet-protected",
    readonly params: Readonly<Record<string, string>>,
  ) {
    super(`${code}: ${Object.values(params).join(", ")}`);
    this.name = "WorkbookWriteError";
  }
}

/** A name Excel accepts for a sheet: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function validSheetName(name: string): boolean {
  return name.trim().length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

/**
 * The rules of writeSheets, checked once here for every adapter before it touches anything: every
 * sheet name valid, no name written twice (Excel compares names without case), and, unless the caller
 * may write input sheets (the template), no input sheet written or removed (`isInput` tells them).
 */
export function checkWrite(
  layouts: readonly SheetLayout[],
  options: WriteOptions | undefined,
  rules: { readonly writesInputs: boolean; readonly isInput: (name: string) => boolean },
): void {
  if (!rules.writesInputs) {
    const touched = [...layouts.map((l) => l.name), ...(options?.remove ?? [])].find(rules.isInput);
    if (touched !== undefined) throw new WorkbookWriteError("input-sheet-protected", { sheet: touched });
  }
  const seen = new Set<string>();
  for (const { name } of layouts) {
    if (!validSheetName(name)) throw new WorkbookWriteError("sheet-name-invalid", { sheet: name });
    const key = name.toLowerCase();
    if (seen.has(key)) throw new WorkbookWriteError("sheet-name-duplicate", { sheet: name });
    seen.add(key);
  }
}
