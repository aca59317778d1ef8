/**
 * Helpers of the scoring-form tests: the example program with only some members' rows left on Оценки,
 * and a form filled as a member would, with the example's own scores.
 */
import ExcelJS from "exceljs";
import type { ScoreRow } from "../../src/core/model";
import type { CellValue, SheetLayout, WriteValue } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { FORM_HEADER_ROW } from "../../src/workbook/forms";
import { exampleInput, inputTemplateLayouts } from "../../src/workbook/template";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import type { Lang } from "../../src/i18n";

const SCORES = { ru: "Оценки", en: "Scores", ky: "Баалар" } as const;

/** The example's input layouts with Оценки keeping only the rows of `keep` (the header row is row 3). */
export function exampleLayouts(keep: (member: string) => boolean, lang: Lang = "ru"): SheetLayout[] {
  return inputTemplateLayouts(lang, true).map((layout) => {
    if (layout.name !== SCORES[lang]) return layout;
    const [title, blank, header, ...data] = layout.rows;
    const kept = data.filter((row) => keep(String(row[0])));
    const body: (readonly WriteValue[])[] = kept.length > 0 ? kept : [(header ?? []).map(() => null)];
    return {
      ...layout,
      rows: [title ?? [], blank ?? [], header ?? [], ...body],
      tables: layout.tables.map((t) => ({ ...t, lastRow: 3 + body.length })),
    };
  });
}

export async function writeLayouts(file: string, layouts: readonly SheetLayout[]): Promise<void> {
  const book = ExcelJsWorkbook.create();
  await book.writeSheets(layouts);
  await book.writeTo(file);
}

/** The example's score rows of one member, as the example's Оценки has them. */
export function exampleRowsOf(member: string, lang: Lang = "ru"): ScoreRow[] {
  return exampleInput(lang).scores.filter((row) => row.member === member);
}

/** What a member types into a score cell: the number, `отвод`, or nothing. */
export function typed(row: ScoreRow, code: string): CellValue {
  const cell = row.scores[code];
  if (!cell || cell.kind === "missing") return null;
  return cell.kind === "recused" ? "отвод" : cell.value.toNumber();
}

/**
 * The cells of a form (1-based row/col) that hold `rows`' scores: the row of each application under
 * the header, the column of each criterion from C on.
 */
export function formEntries(
  rows: readonly ScoreRow[],
  applications: readonly string[],
  codes: readonly string[],
): { row: number; col: number; value: CellValue }[] {
  const entries: { row: number; col: number; value: CellValue }[] = [];
  for (const scoreRow of rows) {
    const at = applications.indexOf(scoreRow.application);
    if (at < 0) throw new Error(`no row for ${scoreRow.application}`);
    codes.forEach((code, j) => {
      entries.push({ row: FORM_HEADER_ROW + 1 + at, col: 3 + j, value: typed(scoreRow, code) });
    });
  }
  return entries;
}

/** Fills a form file written by `gsz forms` with ExcelJS, as a member would in Excel. */
export async function fillFormWithExcelJs(
  file: string,
  entries: readonly { row: number; col: number; value: CellValue }[],
): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  for (const { row, col, value } of entries) {
    sheet.getCell(row, col).value = value === null || typeof value === "object" ? null : value;
  }
  // What Excel does on saving: every total recalculated (ExcelJS keeps no result it read as empty).
  const header = sheet.getRow(FORM_HEADER_ROW);
  let totalCol = 0;
  header.eachCell((cell, col) => {
    if (cell.value === "Итого" || cell.value === "Total") totalCol = col;
  });
  for (let row = FORM_HEADER_ROW + 1; row <= sheet.rowCount; row += 1) {
    const total = sheet.getCell(row, totalCol).value;
    if (total === null || typeof total !== "object" || !("formula" in total)) continue;
    const numbers: number[] = [];
    for (let col = 3; col < totalCol; col += 1) {
      const value = sheet.getCell(row, col).value;
      if (typeof value === "number") numbers.push(value);
    }
    const result = numbers.length === 0 ? "" : numbers.reduce((a, b) => a + b, 0);
    sheet.getCell(row, totalCol).value = { formula: total.formula, result } as ExcelJS.CellFormulaValue;
  }
  await book.xlsx.writeFile(file);
}

/** A memory workbook of the example with some members' rows on Оценки. */
export function exampleBook(keep: (member: string) => boolean, lang: Lang = "ru"): MemoryWorkbook {
  return MemoryWorkbook.fromLayouts(exampleLayouts(keep, lang));
}
