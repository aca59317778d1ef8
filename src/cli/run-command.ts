import { reportJson, runWorkbook, summaryText } from "../app";
import type { Finding } from "../core/model";
import { translate, type Lang } from "../i18n";
import { formatAddress } from "../workbook/a1";
import { findingMessage } from "../workbook/render";
import { EXIT, type ExitCode } from "./exit-codes";
import { loadWorkbook, printProblems, saveWorkbook, writeOutput } from "./files";
import type { CliIo } from "./io";

/** How many findings are listed on standard output; the rest are in the sheet and the JSON report. */
const LISTED_FINDINGS = 30;

function findingLine(f: Finding, lang: Lang): string {
  const where = f.address ? `${formatAddress(f.address)}: ` : "";
  return `  ${where}[${translate(lang, `core.severity.${f.severity}`)}] ${f.rule}: ${findingMessage(f, lang)}`;
}

export interface RunArgs {
  readonly lang: Lang;
  readonly input: string;
  readonly out?: string;
  readonly json?: string;
  readonly strict: boolean;
}

/**
 * `gsz run`: compute, then write the workbook copy (-o) and the JSON report (--json), each atomically.
 * Input problems: print them and write nothing (exit 2). Without -o the workbook is not written.
 */
export async function runCommand(args: RunArgs, io: CliIo): Promise<ExitCode> {
  const { lang } = args;
  const book = await loadWorkbook(args.input, lang, io);
  if (!book) return EXIT.unusable;
  const outcome = await runWorkbook(book, { lang, now: io.now() });
  if (outcome.kind === "problems") {
    printProblems(outcome.problems, lang, io);
    return EXIT.unusable;
  }
  if (outcome.wasStale) io.err(translate(lang, "cli.warn.stale", { file: args.input }));

  // The JSON is made before anything is written, so a failure to build it leaves no file behind.
  const json =
    args.json === undefined ? undefined : `${JSON.stringify(reportJson(outcome.result, lang), null, 2)}\n`;
  if (args.out !== undefined) {
    if (!(await saveWorkbook(book, args.out, lang, io))) return EXIT.unusable;
  }
  if (args.json !== undefined && json !== undefined) {
    if (!(await writeOutput(args.json, json, lang, io))) return EXIT.unusable;
  }

  io.out(summaryText(outcome.input, outcome.result, lang));
  const { findings } = outcome.result;
  for (const f of findings.slice(0, LISTED_FINDINGS)) io.out(findingLine(f, lang));
  if (findings.length > LISTED_FINDINGS) {
    io.out(translate(lang, "cli.findings.more", { count: findings.length - LISTED_FINDINGS }));
  }
  if (args.out !== undefined) io.out(translate(lang, "cli.written.workbook", { file: args.out }));
  else io.out(translate(lang, "cli.written.none"));
  if (args.json !== undefined) io.out(translate(lang, "cli.written.json", { file: args.json }));

  const errors = findings.filter((f) => f.severity === "error").length;
  if (args.strict && errors > 0) {
    io.err(translate(lang, "cli.strict.failed", { count: errors }));
    return EXIT.strictFailed;
  }
  return EXIT.ok;
}
