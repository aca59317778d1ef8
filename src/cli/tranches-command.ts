import { promises as fs } from "node:fs";
import { analyzeWorkbook, tranchesCsv } from "../app";
import { translate, type Lang } from "../i18n";
import { EXIT, type ExitCode } from "./exit-codes";
import { checkOutputs, openInput, printProblems, readingInput, writeOutputs } from "./files";
import type { CliIo } from "./io";

export interface TranchesArgs {
  readonly lang: Lang;
  readonly input: string;
  readonly csv: string;
  readonly force: boolean;
}

/** `gsz tranches --csv`: the tranche schedule as CSV for accountants; input problems write nothing. */
export async function tranchesCommand(args: TranchesArgs, io: CliIo): Promise<ExitCode> {
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
  const csv = tranchesCsv(analysis.result, lang);
  const files = planned.map((p) => ({ planned: p, write: (temp: string) => fs.writeFile(temp, csv) }));
  if (!(await writeOutputs(files, lang, io))) return EXIT.unusable;
  const rows = analysis.result.tranches.reduce((n, s) => n + s.items.length, 0);
  io.out(translate(lang, "cli.written.csv", { file: args.csv, rows }));
  return EXIT.ok;
}
