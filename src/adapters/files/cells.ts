/**
 * SheetJS cells as the port's values, the same as the ExcelJS reader (src/adapters/exceljs/read.ts)
 * hands them over: numbers, text (rich text flattened), booleans, dates as Excel serials of the 1900
 * system, percent-formatted numbers as the text people see, errors by their text; a merged area keeps
 * its value in the top-left cell only.
 */
import { dateCellSerial, utcDateToSerial } from "../../workbook/cells/serial";
import type { CellObject, WorkSheet } from "@e965/xlsx";
import { fractionToPercentText } from "../../workbook/cells/percent-text";
import type { CellValue } from "../../workbook/port";
import { isPercentFormat } from "../../workbook/cells/percent-text";
import { sheetjs } from "./sheetjs";

/** Excel's error codes as SheetJS reads them from .xls and .xlsx (BIFF numbering). */
const ERRORS: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
  0x2c: "#SPILL!",
  0x2d: "#CONNECT!",
  0x2e: "#BLOCKED!",
  0x2f: "#UNKNOWN!",
  0x30: "#FIELD!",
  0x31: "#CALC!",
};

/** A date cell's serial in the 1900 system, the same as every other reader gives (workbook/cells/serial.ts). */
export const dateSerial = dateCellSerial;

/** How a number shows, from its cell's number format: as itself, as a date, or as a percent. */
export type NumberKind = "number" | "date" | "percent";

const kinds = new Map<string, NumberKind>();

/** The kind of a number format (undefined: none, as SheetJS leaves an unknown format id). */
export function numberKind(format: string | undefined): NumberKind {
  if (format === undefined || format === "General") return "number";
  let kind = kinds.get(format);
  if (kind === undefined) {
    kind = sheetjs.SSF.is_date(format) ? "date" : isPercentFormat(format) ? "percent" : "number";
    kinds.set(format, kind);
  }
  return kind;
}

/** A number as the port's value, by the kind of its format. */
export function numberOfKind(value: number, kind: NumberKind, date1904: boolean): CellValue {
  if (!Number.isFinite(value)) return { error: "#NUM!" };
  if (kind === "date") return { date: dateSerial(value, date1904) };
  if (kind === "percent") return fractionToPercentText(value) ?? { error: "#NUM!" };
  return value;
}

function numberValue(value: number, format: string | undefined, date1904: boolean): CellValue {
  return numberOfKind(value, numberKind(format), date1904);
}

export function cellValue(cell: CellObject, date1904: boolean): CellValue {
  switch (cell.t) {
    case "n":
      return typeof cell.v === "number" ? numberValue(cell.v, cell.z as string | undefined, date1904) : null;
    case "s":
      return typeof cell.v === "string" ? cell.v : cell.v === undefined ? null : String(cell.v);
    case "b":
      return cell.v === true;
    case "e": {
      const text = typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : undefined;
      return { error: text ?? (typeof cell.v === "number" ? ERRORS[cell.v] : undefined) ?? "#VALUE!" };
    }
    case "d":
      return cell.v instanceof Date ? { date: utcDateToSerial(cell.v) } : null;
    default:
      return null;
  }
}

/** Cells inside a merged area other than its top-left one, as `row:col` keys (0-based). */
function mergedAway(ws: WorkSheet): ReadonlySet<string> {
  const away = new Set<string>();
  for (const range of ws["!merges"] ?? []) {
    for (let r = range.s.r; r <= range.e.r; r++) {
      for (let c = range.s.c; c <= range.e.c; c++)
        if (r !== range.s.r || c !== range.s.c) away.add(`${r}:${c}`);
    }
  }
  return away;
}

/**
 * A dense SheetJS worksheet as the port's row-major grid from A1: rows end at their last value,
 * the grid at its last row with a value (rows in between are empty arrays).
 */
export function sheetValues(ws: WorkSheet, date1904: boolean): CellValue[][] {
  const data = (ws["!data"] ?? []) as (CellObject[] | undefined)[];
  const away = mergedAway(ws);
  const rows: CellValue[][] = [];
  data.forEach((cells, r) => {
    if (!cells) return;
    const values: CellValue[] = [];
    cells.forEach((cell, c) => {
      if (away.size > 0 && away.has(`${r}:${c}`)) return;
      const value = cellValue(cell, date1904);
      if (value === null) return;
      while (values.length < c) values.push(null);
      values[c] = value;
    });
    if (values.length === 0) return;
    while (rows.length < r) rows.push([]);
    rows[r] = values;
  });
  return rows;
}

/**
 * A number format as the results' copies keep it: undefined for General; Excel's built-in short date
 * (`m/d/yy`, which Excel shows in the reader's own order) as `dd.mm.yyyy`, the order of this project's users.
 */
export function formatForCopy(format: string | undefined): string | undefined {
  if (format === undefined || format === "General") return undefined;
  return format === "m/d/yy" ? "dd.mm.yyyy" : format;
}

/** The number formats of a SheetJS sheet's number cells (SheetValues.numberFormats), merged-away cells left out. */
export function sheetNumberFormats(ws: WorkSheet): Map<number, string> {
  const data = (ws["!data"] ?? []) as (CellObject[] | undefined)[];
  const formats = new Map<number, string>();
  data.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (cell.t !== "n" && cell.t !== "d") return;
      const format = formatForCopy(typeof cell.z === "string" ? cell.z : undefined);
      if (format !== undefined) formats.set(r * 16384 + c, format);
    });
  });
  return formats;
}

/** The longest text among the values (for formats whose text could not be measured before parsing). */
export function longestText(
  rows: readonly (readonly CellValue[])[],
): { row: number; col: number; length: number } | undefined {
  let longest: { row: number; col: number; length: number } | undefined;
  rows.forEach((values, row) =>
    values.forEach((value, col) => {
      if (typeof value === "string" && value.length > (longest?.length ?? -1))
        longest = { row, col, length: value.length };
    }),
  );
  return longest;
}
