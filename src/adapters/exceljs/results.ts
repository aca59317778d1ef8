import type ExcelJS from "exceljs";
import type { InputCopy, ResultsBook } from "../../app/types";
import { RESULTS_KEYWORD } from "../../app/results";
import type { CellValue } from "../../workbook/port";
import { ExcelJsWorkbook } from "./workbook";
import { toExcelValue } from "./write";

/** The tab colour of a copy (grey: a record, not a place to type). */
const COPY_TAB = "FF808080";
/** How dates are shown in a copy (the cell holds a real date; this is only its look). */
const COPY_DATE_FORMAT = "dd.mm.yyyy";
/** Excel refuses page headers longer than this. */
const HEADER_LIMIT = 255;
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

function shownLength(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value === "string") return value.length;
  if (typeof value === "number") return String(value).length;
  if (typeof value === "boolean") return 5;
  return "date" in value ? 10 : value.error.length;
}

/** A page header shows `&` codes; a literal ampersand is `&&`. Cut to Excel's limit. */
function headerText(note: string): string {
  let text = note.replace(/&/g, "&&");
  if (text.length > HEADER_LIMIT - 2) text = `${text.slice(0, HEADER_LIMIT - 3)}…`;
  return `&L${text}`;
}

/**
 * One input copy: the values at the very cells they were read from (no formulas, dates as date cells),
 * marked as a copy without moving any cell: a grey tab, a page header and a note on A1 saying where
 * the values came from, and sheet protection without a password so nobody types into it by mistake.
 */
async function addCopy(book: ExcelJS.Workbook, copy: InputCopy): Promise<void> {
  const ws = book.addWorksheet(copy.sheet.name, {
    properties: { tabColor: { argb: COPY_TAB } },
    headerFooter: { oddHeader: headerText(copy.note) },
  });
  const widths: number[] = [];
  copy.sheet.values.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value === null) return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = toExcelValue(value);
      if (typeof value === "object" && "date" in value) cell.numFmt = COPY_DATE_FORMAT;
      widths[j] = Math.max(widths[j] ?? 0, shownLength(value));
    });
  });
  widths.forEach((w, j) => {
    ws.getColumn(j + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
  });
  ws.getCell(1, 1).note = copy.note;
  await ws.protect("", { formatColumns: true, formatRows: true });
}

/**
 * The results workbook of CLI.md `-o`, as a new workbook: the output sheets first, then the input
 * copies in the order of the workbook read, and document properties that say what the file is (the
 * keyword RESULTS_KEYWORD lets a later `-o` recognise it as a results workbook it may replace).
 */
export async function resultsWorkbook(results: ResultsBook): Promise<ExcelJsWorkbook> {
  const book = ExcelJsWorkbook.create();
  await book.writeSheets(results.outputs);
  for (const copy of results.copies) await addCopy(book.workbook, copy);
  book.workbook.title = results.title;
  book.workbook.description = results.description;
  book.workbook.keywords = RESULTS_KEYWORD;
  book.workbook.creator = "GSZ Finance";
  return book;
}
