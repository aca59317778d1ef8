import { promises as fs } from "node:fs";
import path from "node:path";
import { resultsWorkbookBytes } from "../adapters/exceljs/results";
import { reportJson, runToResults, summaryText } from "../app";
import type { Finding } from "../core/model";
import { translate, type Lang } from "../i18n";
import { formatAddress } from "../workbook/a1";
import { findingMessage } from "../workbook/render";
import type { OutputFile } from "./commit";
import { EXIT, type ExitCode } from "./exit-codes";
import { checkOutputs, openInput, printProblems, readingInput, writeOutputs } from "./files";
import type { CliIo } from "./io";
import { NODE_ZIP_CODEC } from "./zip-codec";
import type { OutputRequest } from "./outputs";

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
  readonly force: boolean;
}

function requests(args: RunArgs): OutputRequest[] {
  const list: OutputRequest[] = [];
  if (args.out !== undefined) list.push({ path: args.out, role: "results" });
  if (args.json !== undefined) list.push({ path: args.json, role: "report" });
  return list;
}

/**
 * `gsz run`: check the outputs, read the user's workbook (only read: it is never written), compute
 * everything, then write the results workbook (-o: output sheets + values-only copies of the inputs)
 * and the JSON report (--json) all or nothing. Input problems: print them and write nothing (exit 2).
 */
export async function runCommand(args: RunArgs, io: CliIo): Promise<ExitCode> {
  const { lang } = args;
  const planned = await checkOutputs(args.input, requests(args), args.force, lang, io);
  if (!planned) return EXIT.unusable;
  const book = await openInput(args.input, lang, io);
  if (!book) return EXIT.unusable;
  const now = io.now();
  const outcome = await readingInput(lang, io, () =>
    runToResults(book, { lang, now, source: path.basename(args.input) }),
  );
  if (!outcome) return EXIT.unusable;
  if (outcome.kind === "problems") {
    printProblems(outcome.problems, lang, io);
    return EXIT.unusable;
  }
  if (outcome.wasStale) io.err(translate(lang, "cli.warn.stale", { file: args.input }));

  // Everything is made before any file is touched; writing only moves finished bytes.
  const files: OutputFile[] = [];
  for (const p of planned) {
    if (p.role === "results") {
      const results = await resultsWorkbookBytes(outcome.book, NODE_ZIP_CODEC);
      files.push({ planned: p, write: (temp) => fs.writeFile(temp, results) });
    } else {
      const json = `${JSON.stringify(reportJson(outcome.result, lang), null, 2)}\n`;
      files.push({ planned: p, write: (temp) => fs.writeFile(temp, json) });
    }
  }
  if (!(await writeOutputs(files, lang, io))) return EXIT.unusable;

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
