import { analyze } from "../core/analyze";
import { consolidate, programFigures, type Consolidation, type ProgramFigures } from "../core/consolidation";
import type { CellAddress, InputProblem, MessageParams } from "../core/model";
import { translate, translateCount, type Lang } from "../i18n";
import { formatAddress } from "../workbook/a1";
import type { SheetLayout, WorkbookPort } from "../workbook/port";
import { readInput } from "../workbook/read";
import {
  consolidationSheetNames,
  renderConsolidationFindings,
  renderSources,
  renderSummary,
  type SourceEntry,
} from "../workbook/render/consolidation";
import { formatStampTime } from "../workbook/render/stamp";
import { FINGERPRINT_LABEL } from "../workbook/fingerprint";
import { sha256Hex, sha256Text } from "../workbook/sha256";
import { consolidationJson, type ConsolidationJson } from "./consolidation-report";
import type { ResultsBook } from "./types";

/** Why a file (or a cell of it) cannot be read: a `files.` message key, its parameters, maybe a cell. */
export interface FileProblem {
  readonly key: string;
  readonly params: MessageParams;
  readonly address?: CellAddress;
}

/**
 * How a consolidation opens a file's bytes, whoever produced it (src/adapters/files gives FILE_OPENER):
 * a read-only port, or why not; and the problems behind an error the port's reading threw (undefined:
 * not a reading problem, rethrown).
 */
export interface WorkbookOpener {
  open(
    bytes: Uint8Array,
    name: string,
  ): Promise<
    { readonly ok: true; readonly port: WorkbookPort } | { readonly ok: false; readonly problem: FileProblem }
  >;
  problems(error: unknown): readonly FileProblem[] | undefined;
}

/**
 * One file given to a consolidation: its name as the user knows it and its bytes, or why it could not
 * even be read (a `files.` problem, e.g. a missing file or one over the size limit).
 */
export type ConsolidationSource =
  | { readonly name: string; readonly bytes: Uint8Array }
  | { readonly name: string; readonly problem: FileProblem };

export interface ConsolidateOptions {
  readonly lang: Lang;
  /** The time stamped on the sheets (injected so that tests and reproductions are deterministic). */
  readonly now: Date;
  readonly opener: WorkbookOpener;
  /** Put the Сводка's pie chart on its layout (default DRAW_CHART: yes); off for a writer without charts. */
  readonly drawChart?: boolean;
  /** Called after each file is reduced to its figures (the CLI's progress line, a collection of garbage). */
  readonly afterSource?: (done: number, name: string) => void;
}

/** A file that cannot be used: named with its reasons, in the user's language. */
export interface UnusableSource {
  readonly file: string;
  readonly reasons: readonly string[];
}

/** What a consolidation gives back: everything computed, nothing written. */
export interface ConsolidationOutcome {
  readonly consolidation: Consolidation;
  /** Every file given, in the order given (Источники). */
  readonly sources: readonly SourceEntry[];
  /** Files that could not be used (unreadable, not a GSZ workbook, a cell that cannot be read). */
  readonly unusable: readonly UnusableSource[];
  /** Files left out because another file holds the same program (same-program-twice). */
  readonly clashing: readonly UnusableSource[];
  /** SHA-256 of the sorted fingerprints of every file read: the consolidation's own fingerprint. */
  readonly fingerprint: string;
  /** The Сводка workbook: Сводка, Источники, Расхождения (no copies), ready for the results writer. */
  readonly book: ResultsBook;
  readonly layouts: readonly SheetLayout[];
  /** The JSON report of CLI.md (`{ "consolidation": … }`). */
  readonly report: ConsolidationJson;
}

/** Whether the Сводка's chart goes on its layout by default (the results writer draws charts: chart-parts.ts). */
export const DRAW_CHART = true;

/** How many of a file's problems are named before "and N more". */
const LISTED_PROBLEMS = 5;

function problemTexts(problems: readonly (InputProblem | FileProblem)[], lang: Lang): string[] {
  const texts = problems.slice(0, LISTED_PROBLEMS).map((p) => {
    const message = "message" in p ? translate(lang, p.message, p.params) : translate(lang, p.key, p.params);
    return p.address ? `${formatAddress(p.address)}: ${message}` : message;
  });
  if (problems.length > LISTED_PROBLEMS) {
    texts.push(
      translate(lang, "cli.consolidate.more-problems", { count: problems.length - LISTED_PROBLEMS }),
    );
  }
  return texts;
}

type Reduced =
  | { readonly kind: "figures"; readonly figures: ProgramFigures }
  | { readonly kind: "unusable"; readonly sha256?: string; readonly reasons: readonly string[] };

/**
 * One file, read and analyzed by the same reader and engine as `run`, reduced to its figures. The
 * engine's input and result are garbage once this returns (memory does not grow with the files).
 */
async function reduce(source: ConsolidationSource, opener: WorkbookOpener, lang: Lang): Promise<Reduced> {
  if ("problem" in source) return { kind: "unusable", reasons: problemTexts([source.problem], lang) };
  const sha256 = sha256Hex(source.bytes);
  const opened = await opener.open(source.bytes, source.name);
  if (!opened.ok) return { kind: "unusable", sha256, reasons: problemTexts([opened.problem], lang) };
  try {
    const read = await readInput(opened.port, { lang });
    if (read.input === undefined)
      return { kind: "unusable", sha256, reasons: problemTexts(read.problems, lang) };
    const result = analyze(read.input);
    return { kind: "figures", figures: programFigures(read.input, result, { file: source.name, sha256 }) };
  } catch (error) {
    const problems = opener.problems(error);
    if (problems === undefined) throw error;
    return { kind: "unusable", sha256, reasons: problemTexts(problems, lang) };
  }
}

/**
 * The Сводка of many workbooks (WORKBOOK.md "Сводка", CLI.md `consolidate`), the same for the CLI, the
 * add-in and the offline page: bytes in, layouts and report out. Sources are taken one at a time (an
 * async iterable: the CLI reads each file only when it is its turn), each reduced to its figures and
 * let go. Nothing is written: the caller decides, from `unusable` and `clashing`, whether to write.
 */
export async function consolidateSources(
  sources: AsyncIterable<ConsolidationSource> | Iterable<ConsolidationSource>,
  opts: ConsolidateOptions,
): Promise<ConsolidationOutcome> {
  const { lang } = opts;
  const reduced: { name: string; reduced: Reduced }[] = [];
  for await (const source of sources) {
    reduced.push({ name: source.name, reduced: await reduce(source, opts.opener, lang) });
    opts.afterSource?.(reduced.length, source.name);
  }
  const figures = reduced.flatMap((r) => (r.reduced.kind === "figures" ? [r.reduced.figures] : []));
  const consolidation = consolidate(figures);

  const unusable: UnusableSource[] = [];
  const clashing: UnusableSource[] = [];
  const entries: SourceEntry[] = [];
  let f = 0;
  for (const { name, reduced: r } of reduced) {
    if (r.kind === "unusable") {
      unusable.push({ file: name, reasons: r.reasons });
      entries.push({
        file: name,
        ...(r.sha256 !== undefined ? { sha256: r.sha256 } : {}),
        included: false,
        reason: r.reasons.join("; "),
      });
      continue;
    }
    const p = r.figures;
    const why = consolidation.excluded.get(f);
    f += 1;
    const reason =
      why === undefined
        ? undefined
        : translate(lang, `consolidation.reason.${why.kind}`, { other: why.other });
    if (why?.kind === "same-program-twice" && reason !== undefined)
      clashing.push({ file: name, reasons: [reason] });
    entries.push({
      file: name,
      sha256: p.sha256,
      municipality: p.municipality,
      year: p.year,
      program: p.program,
      included: why === undefined,
      ...(reason !== undefined ? { reason } : {}),
    });
  }

  const read = entries.flatMap((e) => (e.sha256 !== undefined ? [e.sha256] : []));
  const fingerprint = sha256Text([...read].sort().join("\n"));
  const ctx = { lang, now: opts.now, fingerprint };
  const layouts = [
    renderSummary(consolidation, entries.length, ctx, opts.drawChart ?? DRAW_CHART),
    renderSources(entries, ctx),
    renderConsolidationFindings(consolidation.findings, ctx),
  ];
  const names = consolidationSheetNames(lang);
  const book: ResultsBook = {
    outputs: layouts,
    copies: [],
    title: translate(lang, "consolidation.book.title"),
    // The consolidation's fingerprint in the description, as a results workbook's: a later -o replaces it.
    description: `${translate(lang, "consolidation.book.description", {
      programs: translateCount(lang, "consolidation.count.ofPrograms", consolidation.total.programs),
      time: formatStampTime(opts.now),
      sheet: names.sources,
    })} ${FINGERPRINT_LABEL}: ${fingerprint}`,
  };
  const report = consolidationJson(consolidation, entries, lang);
  return { consolidation, sources: entries, unusable, clashing, fingerprint, book, layouts, report };
}
