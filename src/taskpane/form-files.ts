import type { ReadFormFile } from "../app/form-files";
import type { FileProblem } from "../adapters/files";

/** A file chosen in the pane: its name and bytes. */
export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const asProblems = (problems: readonly FileProblem[]) =>
  problems.map((p) => ({ message: p.key, params: p.params }));

/**
 * Reads chosen files with the same reading layer as the command line and the offline page (any producer;
 * .xlsx, .xlsm, .xls, .ods), loaded only when a file is chosen so the pane opens fast. Nothing of the
 * files leaves the computer.
 */
export async function readChosenFiles(files: readonly ChosenFile[]): Promise<ReadFormFile[]> {
  const { openWorkbook, FileProblemsError } = await import(
    /* webpackChunkName: "reading" */ "../adapters/files"
  );
  const read: ReadFormFile[] = [];
  for (const file of files) {
    const opened = await openWorkbook(file.bytes, file.name);
    if (!opened.ok) {
      read.push({ name: file.name, read: { ok: false, problems: asProblems([opened.problem]) } });
      continue;
    }
    try {
      const sheets = await opened.book.readSheets(await opened.book.listSheets());
      read.push({ name: file.name, read: { ok: true, sheets } });
    } catch (error) {
      if (!(error instanceof FileProblemsError)) throw error;
      read.push({ name: file.name, read: { ok: false, problems: asProblems(error.problems) } });
    }
  }
  return read;
}
