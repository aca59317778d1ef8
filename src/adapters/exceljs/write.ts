import type { CellValue as ExcelCellValue, DataValidation, TableColumnProperties, Worksheet } from "exceljs";
import { columnLetters } from "../../workbook/a1";
import { serialToUtcDate } from "../../workbook/cells/serial";
import { NUMBER_FORMATS, TABLE_STYLE } from "../../workbook/formats";
import type { SheetLayout, TableLayout, ValidationLayout, WriteValue } from "../../workbook/port";
import { A4_PAPER_CODE, footerSection, headerSection, printTitleRows } from "../../workbook/print";
import { tableHeaderNames } from "../../workbook/table-headers";

const WARNING_FILL = "FFFFC7CE";
const WARNING_FONT = "FF9C0006";
/** An Excel serial day as the UTC Date ExcelJS expects (it writes Dates back as serials, in UTC). */
export const serialToDate = serialToUtcDate;

/** The `#'Sheet'!A1` target that Excel and LibreOffice both follow as a jump inside the workbook. */
export function internalTarget(sheet: string, row: number, col: number): string {
  // Always quoted: Cyrillic names need it in some readers, and quoting is never wrong.
  return `#'${sheet.replace(/'/g, "''")}'!${columnLetters(col)}${row}`;
}

/** A port value as an ExcelJS cell value. */
export function toExcelValue(value: WriteValue): ExcelCellValue {
  if (value === null || typeof value !== "object") return value;
  if ("date" in value) return serialToDate(value.date);
  if ("error" in value) return { error: value.error } as ExcelCellValue;
  if ("formula" in value) {
    const formula = value.formula.startsWith("=") ? value.formula.slice(1) : value.formula;
    return { formula, result: value.result };
  }
  return { text: value.text, hyperlink: internalTarget(value.sheet, value.row, value.col) };
}

function isInTable(row: number, tables: readonly TableLayout[]): boolean {
  return tables.some((t) => row >= t.headerRow && row <= t.lastRow);
}

/** Writes the rows that no table owns (titles, stamp, section headings). */
function writeLooseRows(ws: Worksheet, layout: SheetLayout): void {
  layout.rows.forEach((cells, i) => {
    const rowNumber = i + 1;
    if (cells.length === 0 || isInTable(rowNumber, layout.tables)) return;
    const row = ws.getRow(rowNumber);
    cells.forEach((value, j) => {
      if (value !== null) row.getCell(j + 1).value = toExcelValue(value);
    });
  });
}

/** ExcelJS honours a cached totals result, which its type declarations omit. */
type TableColumn = TableColumnProperties & { readonly totalsRowResult?: number | string };

/** Totals-row cells as ExcelJS table column properties: a label in the first column, formulas elsewhere. */
function totalsProperties(value: WriteValue | undefined, first: boolean): Partial<TableColumn> {
  if (first) return { totalsRowLabel: typeof value === "string" ? value : "" };
  if (value !== null && value !== undefined && typeof value === "object" && "formula" in value) {
    const formula = value.formula.startsWith("=") ? value.formula.slice(1) : value.formula;
    return { totalsRowFunction: "custom", totalsRowFormula: formula, totalsRowResult: value.result };
  }
  return { totalsRowFunction: "none" };
}

/** Adds one real Excel table (ListObject) over the layout's rows; ExcelJS writes its cells. */
function addTable(ws: Worksheet, layout: SheetLayout, table: TableLayout): void {
  const width = layout.columns.length;
  const names = tableHeaderNames(layout, table, width);
  const dataEnd = table.totalsRow ? table.lastRow - 1 : table.lastRow;
  const totals = table.totalsRow ? (layout.rows[table.lastRow - 1] ?? []) : [];
  const rows: ExcelCellValue[][] = [];
  for (let r = table.headerRow + 1; r <= dataEnd; r++) {
    const cells = layout.rows[r - 1] ?? [];
    const row: ExcelCellValue[] = [];
    for (let j = 0; j < width; j++) row.push(toExcelValue(cells[j] ?? null));
    rows.push(row);
  }
  const columns: TableColumn[] = names.map((name, j) => ({
    name,
    filterButton: true,
    ...(table.totalsRow ? totalsProperties(totals[j], j === 0) : {}),
  }));
  ws.addTable({
    name: table.name,
    ref: `A${table.headerRow}`,
    headerRow: true,
    totalsRow: table.totalsRow === true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns,
    rows,
  });
}

/** The ExcelJS worksheet API for ranges of validations, which its type declarations omit. */
interface RangeValidations {
  readonly dataValidations: { add(address: string, validation: DataValidation): void };
}

function hasRangeValidations(ws: object): ws is RangeValidations {
  return "dataValidations" in ws;
}

function toDataValidation(v: ValidationLayout): DataValidation {
  const prompt = v.prompt
    ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message }
    : {};
  if (v.rule.kind === "any") {
    // ExcelJS writes no type for "any" (Excel's default): a validation that only shows its input message.
    return { type: "any" as DataValidation["type"], formulae: [], allowBlank: true, ...prompt };
  }
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    error: v.message,
    errorStyle: "stop",
    ...prompt,
  } as const;
  if (v.rule.kind === "list") {
    // A list typed into the rule itself: quoted, comma-separated (Excel's own form).
    return { ...common, type: "list", formulae: [`"${v.rule.values.join(",")}"`] };
  }
  if (v.rule.kind === "custom") return { ...common, type: "custom", formulae: [v.rule.formula] };
  return { ...common, type: "decimal", operator: "between", formulae: [v.rule.min, v.rule.max] };
}

function addValidations(ws: Worksheet, validations: readonly ValidationLayout[]): void {
  for (const v of validations) {
    const range = `${columnLetters(v.firstCol)}${v.firstRow}:${columnLetters(v.lastCol)}${v.lastRow}`;
    if (hasRangeValidations(ws)) {
      ws.dataValidations.add(range, toDataValidation(v));
    } else {
      for (let r = v.firstRow; r <= v.lastRow; r++) {
        for (let c = v.firstCol; c <= v.lastCol; c++) ws.getCell(r, c).dataValidation = toDataValidation(v);
      }
    }
  }
}

/** Column widths and number formats, set before the cells so that new cells inherit the format. */
function formatColumns(ws: Worksheet, layout: SheetLayout): void {
  layout.columns.forEach((c, j) => {
    const column = ws.getColumn(j + 1);
    column.width = c.width;
    // Text columns are `@` (as the Office.js adapter does) so that an id typed later as 001 stays 001.
    column.numFmt = c.numberFormat ?? NUMBER_FORMATS[c.format];
  });
  for (const col of layout.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
}

function styleRows(ws: Worksheet, layout: SheetLayout): void {
  (layout.titleRows ?? []).forEach((rowNumber, i) => {
    const row = ws.getRow(rowNumber);
    // Titles are text; the column's number format must not apply to them.
    row.eachCell((cell) => {
      cell.numFmt = "General";
      cell.font = { bold: true, size: i === 0 ? 14 : 11 };
    });
  });
  for (const { row, col } of layout.highlights ?? []) {
    const cell = ws.getCell(row, col);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: WARNING_FILL } };
    cell.font = { color: { argb: WARNING_FONT } };
  }
}

/** Points per line of 11-point text, Excel's default row height. */
const LINE_HEIGHT = 15;

/**
 * Wrapped columns: every cell outside the title rows with a value wraps, aligned to the top, and its row
 * is made tall enough for the lines it needs (the file stores row heights: LibreOffice does not grow a
 * row for wrapped text when it opens the file).
 */
function wrapColumns(ws: Worksheet, layout: SheetLayout): void {
  const titles = new Set(layout.titleRows ?? []);
  const lines = new Map<number, number>();
  layout.columns.forEach((c, j) => {
    if (!c.wrap) return;
    layout.rows.forEach((cells, i) => {
      const value = cells[j];
      if (titles.has(i + 1) || value === null || value === undefined) return;
      ws.getCell(i + 1, j + 1).alignment = { wrapText: true, vertical: "top" };
      const text = typeof value === "string" ? value : "";
      const needed = Math.ceil(text.length / Math.max(1, c.width - 1));
      if (needed > (lines.get(i + 1) ?? 1)) lines.set(i + 1, needed);
    });
  });
  for (const [row, count] of lines) {
    if (count < 2) continue;
    const cells = ws.getRow(row);
    cells.height = count * LINE_HEIGHT;
    // The row's other cells start at the top too, level with the first line of the wrapped text.
    cells.eachCell((cell) => {
      cell.alignment = { ...cell.alignment, vertical: "top" };
    });
  }
}

/** A4, fitted to one page wide and any number of pages tall, print titles, page header and footer. */
function setUpPage(ws: Worksheet, layout: SheetLayout): void {
  const setup = layout.pageSetup;
  if (!setup) return;
  const titles = printTitleRows(setup);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4_PAPER_CODE,
    orientation: setup.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(titles ? { printTitlesRow: titles.replace(/\$/g, "") } : {}),
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&C${headerSection(setup)}`,
    oddFooter: `&C${footerSection(setup)}`,
  };
  // A page starts at each break row: ExcelJS breaks after the row it is given.
  for (const row of layout.pageBreaks ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
}

/**
 * Fills an empty worksheet from a layout: column formats and widths, loose rows, tables (with their
 * totals rows), validations, title styles, highlights, wrapped columns, page setup and frozen header rows.
 */
export function fillWorksheet(ws: Worksheet, layout: SheetLayout): void {
  formatColumns(ws, layout);
  writeLooseRows(ws, layout);
  for (const table of layout.tables) addTable(ws, layout, table);
  addValidations(ws, layout.validations ?? []);
  styleRows(ws, layout);
  wrapColumns(ws, layout);
  setUpPage(ws, layout);
  if (layout.freezeRows !== undefined && layout.freezeRows > 0) {
    ws.views = [
      { state: "frozen", xSplit: 0, ySplit: layout.freezeRows, topLeftCell: `A${layout.freezeRows + 1}` },
    ];
  }
}
