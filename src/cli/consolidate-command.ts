import { promises as fs } from "node:fs";
import { resultsWorkbookBytes } from "../adapters/xlsx-stream/workbook";
import { FILE_OPENER } from "../adapters/files";
import { consolidateSources, formatMoney, type ConsolidationOutcome, type UnusableSource } from "../app";
import { SOURCE_KEYS } from "../core/model";
import { translate, translateCount, type Lang } from "../i18n";
import { formatDecimalText } from "../i18n/numbers";
import { consolidationFindingMessage } from "../workbook/render/consolidation";
import type { OutputFile } from "./commit";
import { EXIT, type ExitCode } from "./exit-codes";
import { checkOutputs, writeOutputs } from "./files";
import { collectGarbage } from "./gc";
import { expandInputs, readInputs } from "./inputs";
import type { CliIo } from "./io";
import type { OutputRequest } from "./outputs";
import { NODE_ZIP_CODEC } from "./zip-codec";

export interface ConsolidateArgs {
  readonly lang: Lang;
  readonly inputs: readonly string[];
  readonly out: string;
  readonly json?: string;
  readonly partial: boolean;
  readonly force: boolean;
}

/** More files than this and a progress line goes to standard error. */
const QUIET_UP_TO = 5;
/** Progress lines at most (one every 5 %), so 400 files do not flood the terminal. */
const PROGRESS_STEPS = 20;
/** Programs listed on standard output; all of them are in the workbook and the JSON. */
const LISTED_ROWS = 30;
const LISTED_FINDINGS = 30;
/** Files between two full garbage collections. */
const GC_EVERY = 50;

function progress(total: number, lang: Lang, io: CliIo): ((done: number, name: string) => void) | undefined {
  if (total <= QUIET_UP_TO) return undefined;
  const every = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
  return (done, name) => {
    // A full collection now and then keeps the peak near what is in use; after every file it would
    // cost a third of the time (measured in bench/consolidate.ts).
    if (done % GC_EVERY === 0) collectGarbage();
    if (done % every === 0 || done === total || done === 1)
      io.err(translate(lang, "cli.consolidate.progress", { done, total, file: name }));
  };
}

function printRefused(list: readonly UnusableSource[], lang: Lang, io: CliIo): void {
  for (const u of list) {
    io.err(translate(lang, "cli.consolidate.unusable", { file: u.file }));
    for (const reason of u.reasons) io.err(`    ${reason}`);
  }
}

function summaryLines(outcome: ConsolidationOutcome, lang: Lang): string[] {
  const { total, rows, findings } = outcome.consolidation;
  const c = total.cofinancing;
  const shares = SOURCE_KEYS.map((k) =>
    translate(lang, "cli.consolidate.share", {
      source: translate(lang, `output.col.${k}`),
      share: formatDecimalText(c.shares[k].toFixed(2), lang),
    }),
  ).join(", ");
  const lines = [
    translate(lang, "cli.consolidate.summary", {
      programs: translateCount(lang, "consolidation.count.programs", total.programs),
      files: translateCount(lang, "consolidation.count.fromFiles", outcome.sources.length),
      total: formatMoney(c.total, lang),
      shares,
    }),
  ];
  for (const r of rows.slice(0, LISTED_ROWS)) {
    lines.push(
      `  ${r.figures.year}  ${r.figures.municipality} — ${r.figures.program}: ${formatMoney(r.cofinancing.total, lang)}`,
    );
  }
  if (rows.length > LISTED_ROWS)
    lines.push(translate(lang, "cli.consolidate.more-rows", { count: rows.length - LISTED_ROWS }));
  for (const f of findings.slice(0, LISTED_FINDINGS)) {
    const where = f.at.address ? `${f.at.file} ${f.at.address.sheet}` : f.at.file;
    lines.push(
      `  [${translate(lang, `core.severity.${f.severity}`)}] ${f.rule} (${where}): ${consolidationFindingMessage(f, lang)}`,
    );
  }
  if (findings.length > LISTED_FINDINGS)
    lines.push(translate(lang, "cli.findings.more", { count: findings.length - LISTED_FINDINGS }));
  return lines;
}

/**
 * `gsz consolidate <in>... -o <svod.xlsx> [--json <report.json>] [--partial]`: the Сводка of many
 * workbooks (CLI.md). The outputs are checked first; every file is read in turn, reduced to its figures
 * and let go; a file that cannot be used (or a program given in two files) stops it, every such file
 * named with its reason and nothing written (exit 2), unless --partial: then the rest is consolidated,
 * the files left out are listed on Источники and in the JSON, and the exit status is 1. Writing is all
 * or nothing, like every other command.
 */
export async function consolidateCommand(args: ConsolidateArgs, io: CliIo): Promise<ExitCode> {
  const { lang } = args;
  const requests: OutputRequest[] = [{ path: args.out, role: "results" }];
  if (args.json !== undefined) requests.push({ path: args.json, role: "report" });
  const expanded = await expandInputs(
    args.inputs,
    requests.map((r) => r.path),
  );
  const files = expanded.inputs.flatMap((i) => ("problem" in i ? [] : [i.file]));
  const planned = await checkOutputs(files, requests, args.force, lang, io);
  if (!planned) return EXIT.unusable;
  for (const s of expanded.skipped) io.err(translate(lang, s.key, { file: s.file }));

  // One time for the stamps, the document's properties and the zip entries (SOURCE_DATE_EPOCH: see io.ts).
  const now = io.now();
  const outcome = await consolidateSources(readInputs(expanded.inputs), {
    lang,
    now,
    opener: FILE_OPENER,
    ...optional(progress(expanded.inputs.length, lang, io)),
  });
  const left = [...outcome.unusable, ...outcome.clashing];
  if (left.length > 0) {
    printRefused(left, lang, io);
    if (!args.partial) {
      io.err(translate(lang, "cli.consolidate.refused", { count: left.length }));
      return EXIT.unusable;
    }
    io.err(translate(lang, "cli.consolidate.partial", { count: left.length }));
  }

  const workbook = await resultsWorkbookBytes(outcome.book, { codec: NODE_ZIP_CODEC, modified: now });
  const json = `${JSON.stringify(outcome.report, null, 2)}\n`;
  const out: OutputFile[] = planned.map((p) => ({
    planned: p,
    write: (temp: string) => fs.writeFile(temp, p.role === "results" ? workbook : json),
  }));
  if (!(await writeOutputs(out, lang, io))) return EXIT.unusable;

  for (const line of summaryLines(outcome, lang)) io.out(line);
  io.out(translate(lang, "cli.consolidate.written", { file: args.out }));
  if (args.json !== undefined) io.out(translate(lang, "cli.written.json", { file: args.json }));
  return left.length > 0 ? EXIT.partial : EXIT.ok;
}

function optional(afterSource: ((done: number, name: string) => void) | undefined): {
  afterSource?: (done: number, name: string) => void;
} {
  return afterSource ? { afterSource } : {};
}
