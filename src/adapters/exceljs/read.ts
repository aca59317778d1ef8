import type ExcelJS from "exceljs";
import { fractionToPercentText, isPercentFormat } from "../../workbook/cells/percent-text";

export { isPercentFormat };
import { utcDateToSerial } from "../../workbook/cells/serial";
import type { CellValue } from "../../workbook/port";

type Raw = ExcelJS.CellValue;
type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined;

/** ExcelJS reads date cells as JavaScript Dates in UTC; Excel counts days. */
const dateSerial = utcDateToSerial;

function scalar(value: Scalar, percent: boolean): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { error: "#NUM!" };
    // A percent-formatted cell stores a fraction (0.4 shows as 40 %); the workbook layer reads plain
    // numbers in percent fields as percents, so the cell is handed over as the text people see.
    return percent ? (fractionToPercentText(value) ?? { error: "#NUM!" }) : value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { error: "#VALUE!" } : { date: dateSerial(value) };
  }
  return { error: value.error };
}

function richText(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join("");
}

/**
 * One ExcelJS value as the port's CellValue. A formula reads as its cached result; a formula that
 * was never calculated (no cached result) reads as the error `#CALC!` rather than as an empty cell,
 * because a blank would silently stand in for a number nobody has seen.
 */
function cellValue(value: Raw, percent: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return scalar(value, percent);
  if ("richText" in value) return richText(value);
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    if (typeof text === "string") return text;
    if (text !== null && typeof text === "object" && "richText" in text) {
      return richText(text as ExcelJS.CellRichTextValue);
    }
    return null;
  }
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    return result === undefined ? { error: "#CALC!" } : scalar(result, percent);
  }
  if ("error" in value) return { error: value.error };
  return null;
}

/**
 * A worksheet's values as the port's row-major grid from A1 (rows may be ragged; missing cells are
 * null). Merged areas keep their value in the top-left cell only, as Excel does.
 */
export function worksheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const percent = typeof cell.numFmt === "string" && isPercentFormat(cell.numFmt);
      const value = cellValue(cell.value, percent);
      while (values.length < colNumber - 1) values.push(null);
      values[colNumber - 1] = value;
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = values;
  });
  return rows;
}
