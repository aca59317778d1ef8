import { ExcelJsWorkbook, writeFileAtomic } from "../adapters/exceljs/workbook";
import type { InputProblem } from "../core/model";
import { translate, type Lang } from "../i18n";
import { formatAddress } from "../workbook/a1";
import type { CliIo } from "./io";

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Loads an .xlsx file, or prints why it cannot be read and returns undefined. */
export async function loadWorkbook(
  file: string,
  lang: Lang,
  io: CliIo,
): Promise<ExcelJsWorkbook | undefined> {
  try {
    return await ExcelJsWorkbook.fromFile(file);
  } catch (error) {
    io.err(translate(lang, "cli.error.unreadable", { file, reason: reason(error) }));
    return undefined;
  }
}

/** Writes a file atomically, or prints why not and returns false. */
export async function writeOutput(
  file: string,
  data: Uint8Array | string,
  lang: Lang,
  io: CliIo,
): Promise<boolean> {
  try {
    await writeFileAtomic(file, data);
    return true;
  } catch (error) {
    io.err(translate(lang, "cli.error.write", { file, reason: reason(error) }));
    return false;
  }
}

/** Saves a workbook atomically, or prints why not and returns false. */
export async function saveWorkbook(
  book: ExcelJsWorkbook,
  file: string,
  lang: Lang,
  io: CliIo,
): Promise<boolean> {
  try {
    await book.save(file);
    return true;
  } catch (error) {
    io.err(translate(lang, "cli.error.write", { file, reason: reason(error) }));
    return false;
  }
}

/** Every problem as `Sheet!A1: message`, then one line saying nothing was written. */
export function printProblems(problems: readonly InputProblem[], lang: Lang, io: CliIo): void {
  for (const p of problems) io.err(`${formatAddress(p.address)}: ${translate(lang, p.message, p.params)}`);
  io.err(translate(lang, "cli.problems", { count: problems.length }));
}
