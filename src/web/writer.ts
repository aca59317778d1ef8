/**
 * The page's writers of workbooks, over ExcelJS: loaded only when a workbook is downloaded (a chunk of
 * its own), so the page opens fast. The same writers as the CLI's `run -o` and `template`.
 */
import { resultsWorkbookBytes } from "../adapters/xlsx-stream/workbook";
import { ExcelJsWorkbook } from "../adapters/exceljs/workbook";
import { createTemplate } from "../app";
import { memberFormSheets } from "../app/forms-out";
import type { GszInput } from "../core/model";
import type { ResultsBook } from "../app/types";
import type { Lang } from "../i18n";
import { browserCodec } from "./codec";

/** The results workbook of `gsz run -o`, the same package (streamed, as the CLI writes it). */
export function resultsBytes(book: ResultsBook, modified = new Date()): Promise<Uint8Array> {
  return resultsWorkbookBytes(book, { codec: browserCodec(), modified });
}

/** The workbook of `gsz template` (with `--example` when `example`). */
export async function templateBytes(lang: Lang, example: boolean): Promise<Uint8Array> {
  const book = ExcelJsWorkbook.create();
  await createTemplate(book, { lang, example });
  return book.toBuffer();
}

/** One scoring form per commission member, each a sheet of one workbook (as the add-in makes them). */
export async function formsBytes(input: GszInput, lang: Lang): Promise<Uint8Array> {
  const book = ExcelJsWorkbook.create();
  await book.writeSheets(memberFormSheets(input, lang, []));
  return book.toBuffer();
}
