import { analyzeWorkbook, tranchesCsv } from "../app";
import { translate, type Lang } from "../i18n";
import { EXIT, type ExitCode } from "./exit-codes";
import { loadWorkbook, printProblems, writeOutput } from "./files";
import type { CliIo } from "./io";

/** `gsz tranches --csv`: the tranche schedule as CSV for accountants; input problems write nothing. */
export async function tranchesCommand(
  args: { readonly lang: Lang; readonly input: string; readonly csv: string },
  io: CliIo,
): Promise<ExitCode> {
  const book = await loadWorkbook(args.input, args.lang, io);
  if (!book) return EXIT.unusable;
  const analysis = await analyzeWorkbook(book, args.lang);
  if (analysis.kind === "problems") {
    printProblems(analysis.problems, args.lang, io);
    return EXIT.unusable;
  }
  if (!(await writeOutput(args.csv, tranchesCsv(analysis.result, args.lang), args.lang, io)))
    return EXIT.unusable;
  const rows = analysis.result.tranches.reduce((n, s) => n + s.items.length, 0);
  io.out(translate(args.lang, "cli.written.csv", { file: args.csv, rows }));
  return EXIT.ok;
}
