import path from "node:path";
import type { FormSheet } from "../app/score-forms";
import { translate, type Lang } from "../i18n";
import { formSourceName, isScoringForm } from "../workbook/forms";
import { EXIT, type ExitCode } from "./exit-codes";
import { FileProblemsError } from "../adapters/files";
import { formatAddress } from "../workbook/a1";
import type { SheetValues, WorkbookPort } from "../workbook/port";
import { openInput } from "./files";
import type { CliIo } from "./io";

/** Every sheet of a form file, or undefined after printing, file by file, why it cannot be read. */
async function readForms(
  file: string,
  book: WorkbookPort,
  lang: Lang,
  io: CliIo,
): Promise<readonly SheetValues[] | undefined> {
  try {
    return await book.readSheets(await book.listSheets());
  } catch (error) {
    if (!(error instanceof FileProblemsError)) throw error;
    for (const p of error.problems) {
      const where = p.address ? `${formatAddress(p.address)}: ` : "";
      io.err(`${file}: ${where}${translate(lang, p.key, p.params)}`);
    }
    io.err(translate(lang, "cli.problems", { count: error.problems.length }));
    return undefined;
  }
}

/**
 * Reads the filled scoring forms of `run --scores` through the same file reader as the input (any
 * producer; .xlsx, .xlsm, .xls, .ods): every sheet of each file whose A1 is the form's title. Each form
 * is named, in addresses and in the results workbook, after its file (`Иванов.xlsx`; with the sheet's
 * name when a file holds several forms), never after a sheet of the input (`taken`). A file that
 * cannot be read, or holds no form, is printed and stops the run (exit 2).
 */
export async function readScoreFiles(
  files: readonly string[],
  taken: readonly string[],
  lang: Lang,
  io: CliIo,
): Promise<FormSheet[] | ExitCode> {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  const forms: FormSheet[] = [];
  let failed = false;
  for (const file of files) {
    const book = await openInput(file, lang, io);
    if (!book) return EXIT.unusable;
    const sheets = await readForms(file, book, lang, io);
    if (!sheets) return EXIT.unusable;
    const found = sheets.filter(isScoringForm);
    if (found.length === 0) {
      io.err(translate(lang, "forms.read.no-form-in-file", { file }));
      failed = true;
      continue;
    }
    for (const sheet of found) {
      const name = formSourceName(path.basename(file), sheet.name, found.length > 1, names);
      forms.push({ sheet: { ...sheet, name }, file, original: sheet.name });
    }
  }
  if (failed) {
    io.err(translate(lang, "cli.files.nothing-written"));
    return EXIT.unusable;
  }
  return forms;
}
