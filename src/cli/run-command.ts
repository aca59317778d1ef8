import { promises as fs } from "node:fs";
import path from "node:path";
import { resultsWorkbookBytes } from "../adapters/xlsx-stream/workbook";
import { reportJson, runToResults, summaryText } from "../app";
import type { Finding } from "../core/model";
import { translate, type Lang } from "../i18n";
import { formatAddress } from "../workbook/a1";
import { findingMessage } from "../workbook/render";
import type { OutputFile } from "./commit";
import { EXIT, type ExitCode } from "./exit-codes";
import { checkOutputs, openInput, printProblems, readingInput, writeOutputs } from "./files";
import { collectGarbage, phaseMemory } from "./gc";
import type { CliIo } from "./io";
import type { ResultsBook } from "../app/types";
import type { WorkbookPort } from "../workbook/port";
import { NODE_ZIP_CODEC } from "./zip-codec";
import { readScoreFiles } from "./score-files";
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
  /** Filled scoring forms (--scores). */
  readonly scores?: readonly string[];
}

function requests(args: RunArgs): OutputRequest[] {
  const list: OutputRequest[] = [];
  if (args.out !== undefined) list.push({ path: args.out, role: "results" });
  if (args.json !== undefined) list.push({ path: args.json, role: "report" });
  return list;
}

/** What a run leaves for writing and printing: the results book and finished texts, nothing else. */
interface Computed {
  readonly book: ResultsBook;
  readonly json: string | undefined;
  readonly printed: readonly string[];
  readonly errors: number;
}

/**
 * Reads and computes, and returns only what is written and printed: the engine's input and result
 * (hundreds of megabytes on a large competition) are garbage once this returns, before the results
 * workbook is built.
 */
async function compute(
  args: RunArgs,
  io: CliIo,
  port: WorkbookPort,
  now: Date,
  phase: (name: string) => void,
): Promise<Computed | ExitCode> {
  const { lang } = args;
  const phases = ["read", "analyze"];
  const forms = await readScoreFiles(args.scores ?? [], await port.listSheets(), lang, io);
  if (typeof forms === "number") return forms;
  const outcome = await readingInput(lang, io, () =>
    runToResults(port, {
      lang,
      now,
      source: path.basename(args.input),
      betweenPhases: () => {
        collectGarbage();
        phase(phases.shift() ?? "?");
      },
      forms,
    }),
  );
  if (!outcome) return EXIT.unusable;
  if (outcome.kind === "problems") {
    printProblems(outcome.problems, lang, io);
    return EXIT.unusable;
  }
  if (outcome.wasStale) io.err(translate(lang, "cli.warn.stale", { file: args.input }));
  const { findings } = outcome.result;
  const printed = [summaryText(outcome.input, outcome.result, lang)];
  for (const f of findings.slice(0, LISTED_FINDINGS)) printed.push(findingLine(f, lang));
  if (findings.length > LISTED_FINDINGS) {
    printed.push(translate(lang, "cli.findings.more", { count: findings.length - LISTED_FINDINGS }));
  }
  return {
    book: outcome.book,
    json:
      args.json === undefined ? undefined : `${JSON.stringify(reportJson(outcome.result, lang), null, 2)}\n`,
    printed,
    errors: findings.filter((f) => f.severity === "error").length,
  };
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
  const port = await openInput(args.input, lang, io);
  if (!port) return EXIT.unusable;
  // One time for the stamps, the document's properties and the zip entries (SOURCE_DATE_EPOCH: see io.ts).
  const now = io.now();
  const phase = phaseMemory(io.env, io.err);
  const computed = await compute(args, io, port, now, phase);
  if (typeof computed === "number") return computed;
  collectGarbage(); // the engine's input and result are garbage now

  // Everything is made before any file is touched; writing only moves finished bytes.
  const files: OutputFile[] = [];
  for (const p of planned) {
    if (p.role === "results") {
      const results = await resultsWorkbookBytes(computed.book, { codec: NODE_ZIP_CODEC, modified: now });
      files.push({ planned: p, write: (temp) => fs.writeFile(temp, results) });
    } else {
      const json = computed.json ?? "";
      files.push({ planned: p, write: (temp) => fs.writeFile(temp, json) });
    }
  }
  if (!(await writeOutputs(files, lang, io))) return EXIT.unusable;
  phase("write");

  for (const line of computed.printed) io.out(line);
  if (args.out !== undefined) io.out(translate(lang, "cli.written.workbook", { file: args.out }));
  else io.out(translate(lang, "cli.written.none"));
  if (args.json !== undefined) io.out(translate(lang, "cli.written.json", { file: args.json }));

  if (args.strict && computed.errors > 0) {
    io.err(translate(lang, "cli.strict.failed", { count: computed.errors }));
    return EXIT.strictFailed;
  }
  return EXIT.ok;
}
