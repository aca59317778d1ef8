import type { CellValue } from "../../workbook/port";
import type { ExcelRun } from "./run";

type ExcelCell = string | number | boolean;

/** A value as Office.js takes it; a date as its serial (the column's format shows it). */
function excelValue(value: CellValue): ExcelCell {
  if (value === null) return "";
  if (typeof value === "object") return "date" in value ? value.date : value.error;
  return value;
}

/**
 * Appends rows below the last row with data of a sheet, from column `firstCol` (1-based), in one request
 * after two reads (ExcelApi 1.7: getRangeByIndexes; table rows.add is 1.1). An Excel table with exactly
 * these columns that reaches the last row with data is extended over the new rows: rows inside its range
 * (blank rows at its end) are filled first, the rest are added to it. Never writes over a filled cell.
 */
export async function appendRowsInExcel(
  run: ExcelRun,
  sheetName: string,
  firstCol: number,
  rows: readonly (readonly CellValue[])[],
): Promise<number> {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, j) => excelValue(row[j] ?? null)));
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    const tables = context.workbook.tables;
    tables.load("items/name,items/worksheet/name");
    await context.sync();
    const next = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    const c0 = firstCol - 1;
    const ranges = tables.items
      .filter((table) => table.worksheet.name === sheetName)
      .map((table) => {
        const range = table.getRange();
        range.load("rowIndex,rowCount,columnIndex,columnCount");
        return { table, range };
      });
    await context.sync();
    const extended = ranges.find(
      ({ range }) =>
        range.columnIndex === c0 &&
        range.columnCount === width &&
        range.rowIndex < next &&
        range.rowIndex + range.rowCount >= next,
    );
    const inside = extended
      ? Math.min(values.length, extended.range.rowIndex + extended.range.rowCount - next)
      : 0;
    if (inside > 0) sheet.getRangeByIndexes(next, c0, inside, width).values = values.slice(0, inside);
    const rest = values.slice(inside);
    if (rest.length > 0) {
      if (extended) extended.table.rows.add(undefined, rest);
      else sheet.getRangeByIndexes(next + inside, c0, rest.length, width).values = rest;
    }
    await context.sync();
    return next + 1;
  });
}
