import type Decimal from "decimal.js";
import type { Lang } from "../../i18n";
import { isoToSerial } from "../cells/serial";
import type { ColumnFormat, ColumnLayout, SheetLayout, ValidationLayout, WriteValue } from "../port";
import type { CellType, ColumnSpec } from "../schema/types";
import { scoreCellFormula } from "./score-validation";

/** The title is row 1, row 2 stays empty, the header is row 3: a table found by its header row. */
export const HEADER_ROW = 3;
/** Validations reach this far below the header, so rows people add are covered too. */
export const VALIDATED_ROWS = 500;

const FORMATS: Readonly<Record<CellType, ColumnFormat>> = {
  text: "text",
  id: "text",
  money: "money",
  decimal: "number",
  percent: "number",
  integer: "integer",
  year: "integer",
  date: "date",
  score: "number",
  idList: "text",
  dateList: "text",
  scheme: "text",
  category: "text",
  aggregation: "text",
  tieBreak: "text",
  rounding: "text",
};

/** A column of a written sheet: header, format and width. */
export interface SheetColumn {
  readonly header: string;
  readonly format: ColumnFormat;
  readonly width: number;
}

export function sheetColumn(spec: ColumnSpec, lang: Lang): SheetColumn {
  return { header: spec.header[lang], format: FORMATS[spec.type], width: spec.width };
}

/** A money amount as written: a number (2 decimals survive a double exactly enough for Excel). */
export function money(amount: Decimal | number): number {
  return typeof amount === "number" ? amount : amount.toNumber();
}

export function dateCell(iso: string): WriteValue {
  return { date: isoToSerial(iso) };
}

export interface TableSheet {
  readonly name: string;
  readonly title: string;
  readonly tableName: string;
  readonly columns: readonly SheetColumn[];
  /** Data rows, one value per column. */
  readonly rows: readonly (readonly WriteValue[])[];
  /** List validations by column index (0-based), over the data rows. */
  readonly lists?: readonly {
    readonly col: number;
    readonly values: readonly string[];
    readonly message: string;
  }[];
  /** Score columns by index (0-based): a number up to `max` or a recusal mark (see score-validation.ts). */
  readonly scores?: readonly {
    readonly col: number;
    readonly max?: number;
    readonly message: string;
  }[];
  /** Number ranges by column index (0-based), over the data rows. */
  readonly ranges?: readonly {
    readonly col: number;
    readonly min: number;
    readonly max: number;
    readonly message: string;
  }[];
}

/** A sheet holding one Excel table under a title row, header frozen, with list and range validations. */
export function tableSheet(sheet: TableSheet): SheetLayout {
  const header = sheet.columns.map((c) => c.header);
  // An Excel table needs at least one data row: a blank template gets one empty row.
  const data = sheet.rows.length > 0 ? sheet.rows : [sheet.columns.map((): WriteValue => null)];
  const columns: ColumnLayout[] = sheet.columns.map((c) => ({ width: c.width, format: c.format }));
  const block = (col: number) => ({
    firstRow: HEADER_ROW + 1,
    lastRow: HEADER_ROW + Math.max(VALIDATED_ROWS, data.length),
    firstCol: col + 1,
    lastCol: col + 1,
  });
  const validations: ValidationLayout[] = [
    ...(sheet.lists ?? [])
      .filter((list) => list.values.length > 0)
      .map((list): ValidationLayout => ({
        ...block(list.col),
        rule: { kind: "list", values: list.values },
        message: list.message,
      })),
    ...(sheet.scores ?? []).map((score): ValidationLayout => ({
      ...block(score.col),
      rule: { kind: "custom", formula: scoreCellFormula(HEADER_ROW + 1, score.col + 1, score.max) },
      message: score.message,
    })),
    ...(sheet.ranges ?? []).map((range): ValidationLayout => ({
      ...block(range.col),
      rule: { kind: "decimal", min: range.min, max: range.max },
      message: range.message,
    })),
  ];
  return {
    name: sheet.name,
    rows: [[sheet.title], [], header, ...data],
    columns,
    tables: [{ name: sheet.tableName, headerRow: HEADER_ROW, lastRow: HEADER_ROW + data.length }],
    titleRows: [1],
    freezeRows: HEADER_ROW,
    validations,
  };
}
