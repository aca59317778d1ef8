import type { CellValue } from "../../workbook/port";

/**
 * Turning what Office.js reports (a value and its number format) into the port's CellValue, so that the
 * workbook reader sees the same thing as from the ExcelJS adapter: dates as serials, percents as the text a
 * person sees ("40%"), errors as ErrorValue, empty cells as null.
 */

/** The error values Excel reports as strings in `range.values`. */
const ERROR_TEXTS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** A number format's codes with literals removed: quoted text, escaped characters and [..] sections. */
function formatCodes(numberFormat: string): string {
  const firstSection = numberFormat.split(";")[0] ?? "";
  return firstSection
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
}

/** `dd.mm.yyyy`, `m/d/yy`, `d mmm yyyy` … are dates; `h:mm` alone (minutes) is not. */
export function isDateFormat(numberFormat: string): boolean {
  const codes = formatCodes(numberFormat);
  if (codes === "general" || codes === "@") return false;
  return /[dy]/.test(codes) || (/m/.test(codes) && !/[hs]/.test(codes));
}

export function isPercentFormat(numberFormat: string): boolean {
  return formatCodes(numberFormat).includes("%");
}

/**
 * `0.4` → `"40%"`, `0.123` → `"12.3%"`: the decimal point moved by string handling, because 0.123 * 100 is
 * 12.299999999999999 in binary floating point.
 */
export function percentText(value: number): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value));
  if (!match) return `${String(value)}%`;
  const [, sign = "", int = "", frac = "", exp = "0"] = match;
  const digits = int + frac;
  const point = int.length + Number(exp) + 2;
  let whole: string;
  let fraction: string;
  if (point <= 0) {
    whole = "0";
    fraction = "0".repeat(-point) + digits;
  } else if (point >= digits.length) {
    whole = digits + "0".repeat(point - digits.length);
    fraction = "";
  } else {
    whole = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  whole = whole.replace(/^0+(?=\d)/, "");
  fraction = fraction.replace(/0+$/, "");
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}%`;
}

/** One cell as Office.js reports it (`values` and `numberFormat` of the same position). */
export function cellFromExcel(value: unknown, numberFormat: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    const format = typeof numberFormat === "string" ? numberFormat : "General";
    if (isPercentFormat(format)) return percentText(value);
    if (isDateFormat(format)) return { date: value };
    return value;
  }
  if (typeof value === "string") return ERROR_TEXTS.has(value) ? { error: value } : value;
  return String(value);
}

/**
 * A used range (which starts at rowIndex/columnIndex, 0-based) as rows from A1: rows above it are empty,
 * cells left of it are null.
 */
export function valuesFromA1(
  rowIndex: number,
  columnIndex: number,
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[],
): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  values.forEach((row, r) => {
    const out: CellValue[] = new Array<CellValue>(columnIndex).fill(null);
    row.forEach((v, c) => out.push(cellFromExcel(v, formats[r]?.[c])));
    while (out.length && out[out.length - 1] === null) out.pop();
    rows.push(out);
  });
  while (rows.length && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  return rows;
}
