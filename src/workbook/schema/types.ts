/** A word or phrase in the three languages of the workbook, plus other spellings people use. */
export interface Localized {
  readonly ru: string;
  readonly en: string;
  readonly ky: string;
  /** Further spellings recognised when reading (never written). */
  readonly aliases?: readonly string[];
}

/**
 * How a cell is read (src/workbook/cells). `id` is text that may arrive as a number (application 7);
 * `money` is ≥ 0 with at most 2 decimals; `percent` is 0..100 (10 means 10 %); `score` is a number,
 * blank or a recusal mark; `idList` is `,`/`;`-separated ids; `dateList` is `;`-separated dates.
 */
export type CellType =
  | "text"
  | "id"
  | "money"
  | "decimal"
  | "percent"
  | "integer"
  | "year"
  | "date"
  | "score"
  | "idList"
  | "dateList"
  | "scheme"
  | "category"
  | "aggregation"
  | "tieBreak"
  | "rounding";

/** One column of an input table. */
export interface ColumnSpec<F extends string = string> {
  /** The domain field the column fills. */
  readonly field: F;
  readonly header: Localized;
  readonly type: CellType;
  /** A required column must be present, and each of its cells filled. */
  readonly required: boolean;
  /** Width in characters in the templates. */
  readonly width: number;
}

/** One table: its columns, in template order. */
export interface TableSpec<F extends string = string> {
  readonly columns: readonly ColumnSpec<F>[];
}

/** The kinds of input sheet, one per sheet of WORKBOOK.md "Input sheets". */
export const INPUT_SHEET_KINDS = [
  "program",
  "applications",
  "budget",
  "criteria",
  "commission",
  "scores",
  "contracts",
  "payments",
  "reports",
] as const;
export type InputSheetKind = (typeof INPUT_SHEET_KINDS)[number];

/** An input sheet: its names and whether a workbook must have it. */
export interface SheetSpec {
  readonly kind: InputSheetKind;
  readonly name: Localized;
  /** Absent optional sheets read as no rows (Смета, Договоры, Платежи, Отчёты). */
  readonly required: boolean;
}
