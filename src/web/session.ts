import { FileProblemsError, openWorkbook } from "../adapters/files";
import { runToResults } from "../app";
import type { ResultsOutcome } from "../app/types";
import type { CellAddress, MessageParams } from "../core/model";
import type { Lang } from "../i18n";
import type { WorkbookPort } from "../workbook/port";

/** Why the workbook cannot be computed: a message key, its parameters and, for a cell, its address. */
export interface PageProblem {
  readonly key: string;
  readonly params?: MessageParams;
  readonly address?: CellAddress;
}

export type Computed = Extract<ResultsOutcome, { kind: "done" }>;

/** What the page shows for a workbook: the problems that stop it, or what `gsz run` computes. */
export type Checked =
  | { readonly kind: "problems"; readonly file: string; readonly problems: readonly PageProblem[] }
  | { readonly kind: "done"; readonly file: string; readonly outcome: Computed };

/** The workbook chosen is only read, whatever a caller does (as in the CLI). */
function readOnly(port: WorkbookPort): WorkbookPort {
  return {
    listSheets: () => port.listSheets(),
    readSheets: (names) => port.readSheets(names),
    writeSheets: () => Promise.reject(new Error("The workbook read is never written")),
  };
}

/**
 * `gsz run` on a workbook's bytes: the same reader (any producer, .xlsx .xlsm .xls .ods, with the
 * limits) and the same use case (runToResults), so the screen, the results workbook and the CSV are
 * what the command line gives for the same file. `file` is the file's name as the user knows it.
 */
export async function checkWorkbook(
  bytes: Uint8Array,
  file: string,
  lang: Lang,
  now: Date,
): Promise<Checked> {
  const opened = await openWorkbook(bytes, file);
  if (!opened.ok) return { kind: "problems", file, problems: [opened.problem] };
  try {
    const outcome = await runToResults(readOnly(opened.book), { lang, now, source: file });
    if (outcome.kind === "problems") {
      const problems = outcome.problems.map((p) => ({
        key: p.message,
        params: p.params,
        address: p.address,
      }));
      return { kind: "problems", file, problems };
    }
    return { kind: "done", file, outcome };
  } catch (error) {
    // A limit or a formula never calculated, found when the sheets are read.
    if (error instanceof FileProblemsError) return { kind: "problems", file, problems: error.problems };
    throw error;
  }
}

/** A file's name without its extension, for the names of the files made from it. */
export function fileStem(file: string): string {
  const stem = file.replace(/\.[^.]*$/, "");
  return stem === "" ? file : stem;
}
