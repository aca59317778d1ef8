import type { WorkbookOpener } from "../../app/consolidate";
import { openWorkbook } from "./open";
import { FileProblemsError } from "./problem";

/**
 * The consolidation's way to open a file's bytes (any producer: .xlsx, .xlsm, .xls, .ods), the same in
 * the CLI, the add-in and the offline page: the reader's read-only workbook, and the problems its
 * reading throws at a cell (a limit, a formula never calculated).
 */
export const FILE_OPENER: WorkbookOpener = {
  async open(bytes, name) {
    const opened = await openWorkbook(bytes, name);
    return opened.ok ? { ok: true, port: opened.book } : { ok: false, problem: opened.problem };
  },
  problems(error) {
    return error instanceof FileProblemsError ? error.problems : undefined;
  },
};
