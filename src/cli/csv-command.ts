import { promises as fs } from "node:fs";
import { analyzeWorkbook } from "../app";
import type { GszResult } from "../core/model";
import type { Lang } from "../i18n";
import { EXIT, type ExitCode } from "./exit-codes";
import { checkOutputs, openInput, printProblems, readingInput, writeOutputs } from "./files";
import type { CliIo } from "./io";

export interface CsvArgs {
  readonly lang: Lang;
  readonly input: string;
  readonly csv: string;
  readonly force: boolean;
}

/** What one CSV export makes of a run: the file's text, and the line said when it is written. */
export interface CsvExport {
  readonly text: (result: GszResult, lang: Lang) => string;
  readonly written: (result: GszResult, lang: Lang, file: string) => string;
}

/**
 * A CSV export of a run (`tranches --csv`, `payments --csv`): the output is checked and refused before
 * anything is computed, input problems write nothing, and the CSV is committed all or nothing.
 */
export async function csvCommand(args: CsvArgs, io: CliIo, made: CsvExport): Promise<ExitCode> {
  const { lang } = args;
  const planned = await checkOutputs(args.input, [{ path: args.csv, role: "report" }], args.force, lang, io);
  if (!planned) return EXIT.unusable;
  const book = await openInput(args.input, lang, io);
  if (!book) return EXIT.unusable;
  const analysis = await readingInput(lang, io, () => analyzeWorkbook(book, lang));
  if (!analysis) return EXIT.unusable;
  if (analysis.kind === "problems") {
    printProblems(analysis.problems, lang, io);
    return EXIT.unusable;
  }
  const text = made.text(analysis.result, lang);
  const files = planned.map((p) => ({ planned: p, write: (temp: string) => fs.writeFile(temp, text) }));
  if (!(await writeOutputs(files, lang, io))) return EXIT.unusable;
  io.out(made.written(analysis.result, lang, args.csv));
  return EXIT.ok;
}
