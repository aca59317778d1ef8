import { promises as fs } from "node:fs";
import { analyzeWorkbook, paymentsCsv } from "../app";
import { paymentCalendar } from "../core/execution/calendar";
import { translate, type Lang } from "../i18n";
import { EXIT, type ExitCode } from "./exit-codes";
import { checkOutputs, openInput, printProblems, readingInput, writeOutputs } from "./files";
import type { CliIo } from "./io";

export interface PaymentsArgs {
  readonly lang: Lang;
  readonly input: string;
  readonly csv: string;
  readonly force: boolean;
}

/**
 * `gsz payments --csv`: the payment calendar for the treasury. Refuses the same outputs as `tranches`
 * before anything is computed; input problems write nothing; the CSV is committed all or nothing.
 */
export async function paymentsCommand(args: PaymentsArgs, io: CliIo): Promise<ExitCode> {
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
  const { result } = analysis;
  const csv = paymentsCsv(result, lang);
  const files = planned.map((p) => ({ planned: p, write: (temp: string) => fs.writeFile(temp, csv) }));
  if (!(await writeOutputs(files, lang, io))) return EXIT.unusable;
  const rows = paymentCalendar(result.tranches, result.execution).count;
  io.out(translate(lang, "execution.cli.written", { file: args.csv, rows }));
  return EXIT.ok;
}
