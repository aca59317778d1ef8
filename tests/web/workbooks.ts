import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { createTemplate } from "../../src/app";
import type { Lang } from "../../src/i18n";
import { cellRef } from "../../src/workbook/a1";
import { competitionSheets } from "../support/competition";

/** The example workbook of `gsz template --example`, as bytes. */
export async function exampleBytes(lang: Lang = "ru"): Promise<Uint8Array> {
  const book = ExcelJsWorkbook.create();
  await createTemplate(book, { lang, example: true });
  return book.toBuffer();
}

/** The first data cell under a header of Заявки, as `{ row, col }` (1-based). */
function under(ws: ExcelJS.Worksheet, header: string): { row: number; col: number } {
  // ExcelJS's sheet values: rows and columns 1-based, holes where nothing is.
  const rows = ws.getSheetValues() as unknown[];
  for (const [r, row] of rows.entries()) {
    const c = Array.isArray(row) ? row.indexOf(header) : -1;
    if (c > 0) return { row: r + 1, col: c };
  }
  throw new Error(`no column ${header}`);
}

/** The example with two cells that cannot be read: a grant in words and a total that is text. */
export async function brokenBytes(): Promise<{ bytes: Uint8Array; cells: string[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await exampleBytes()) as never);
  const ws = book.getWorksheet("Заявки");
  if (!ws) throw new Error("no Заявки");
  const grant = under(ws, "Грант");
  ws.getCell(grant.row, grant.col).value = "сто тысяч";
  const total = under(ws, "Итого");
  ws.getCell(total.row + 1, total.col).value = "много";
  const a1 = (p: { row: number; col: number }): string => `Заявки!${cellRef(p.row, p.col)}`;
  const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  return { bytes, cells: [a1(grant), a1({ row: total.row + 1, col: total.col })] };
}

/** The example with one application's total 1 000 som too high: readable, so a discrepancy at that cell. */
export async function discrepantBytes(): Promise<{ bytes: Uint8Array; cell: string }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await exampleBytes()) as never);
  const ws = book.getWorksheet("Заявки");
  if (!ws) throw new Error("no Заявки");
  const total = under(ws, "Итого");
  const rows = ws.getSheetValues() as unknown[][];
  const value = rows[total.row]?.[total.col];
  if (typeof value !== "number") throw new Error(`Итого is ${String(value)}`);
  ws.getCell(total.row, total.col).value = value + 1000;
  const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  return { bytes, cell: `Заявки!${cellRef(total.row, total.col)}` };
}

/** A workbook of the synthetic competition of `n` applications (tests/support/competition.ts), as bytes. */
export async function competitionBytes(n: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(competitionSheets(n))) {
    const ws = book.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
