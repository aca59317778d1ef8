import { columnLetters } from "../../../workbook/a1";
import type { CellBlock, WriteValue } from "../../../workbook/port";

/** The rows of the sheet a chart is on, as the layout writes them (values from A1). */
export type SheetRows = readonly (readonly WriteValue[])[];

/** `'Рейтинг'!$B$12:$B$20`: always quoted (a name such as `A1` or `R1C1` would read as a cell), `'` doubled. */
export function blockFormula(sheetName: string, block: CellBlock): string {
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row}`;
  const from = cell(block.firstRow, block.firstCol);
  const to = cell(block.lastRow, block.lastCol);
  const range = from === to ? from : `${from}:${to}`;
  return `'${sheetName.replace(/'/g, "''")}'!${range}`;
}

/** The block's cells in order (down a column, or along a row), 1-based. */
export function blockCells(block: CellBlock): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  for (let row = block.firstRow; row <= block.lastRow; row++) {
    for (let col = block.firstCol; col <= block.lastCol; col++) cells.push({ row, col });
  }
  return cells;
}

/** What a written cell shows before any recalculation: a formula's result, a link's text, a date's serial. */
export function shownValue(value: WriteValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object") return value;
  if ("formula" in value) return value.result;
  if ("text" in value) return value.text;
  if ("date" in value) return value.date;
  return value.error;
}

export function cellValue(rows: SheetRows, row: number, col: number): string | number | boolean | null {
  return shownValue(rows[row - 1]?.[col - 1]);
}
