import { analyze } from "../core/analyze";
import { translate } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import { formatStampTime, outputLayouts } from "../workbook/render";
import { inputFingerprint } from "../workbook/fingerprint";
import { addFormScores, type FormSheet } from "./score-forms";
import { readFingerprinted, staleState } from "./stale";
import type { InputCopy, ResultsOutcome, RunOptions } from "./types";

/**
 * The keyword a results workbook carries in its document properties. With the stamp on its output
 * sheets it tells a results workbook that gsz wrote (which `-o` may replace) from a user's workbook
 * that only has output sheets written into it by the add-in (which it may not).
 */
export const RESULTS_KEYWORD = "gsz-results";

export interface ResultsOptions extends RunOptions {
  /** The name of the file read, as the user knows it (shown in the copies' marks). */
  readonly source: string;
  /** Called between the phases of the run (read, analyze, render): the CLI collects garbage there. */
  readonly betweenPhases?: () => void;
  /** Filled scoring forms read as further sources of scores (`run --scores`), kept as copies too. */
  readonly forms?: readonly FormSheet[];
}

/**
 * One run into a separate results workbook. The workbook read is only read (nothing is ever written
 * through `port`): its inputs are read, analyzed and rendered into the output sheets, and every input
 * sheet that was read is kept as a values-only copy at the same cells, so the results are a complete
 * record on their own and the stamp's fingerprint is the fingerprint of those copies. Everything is
 * computed here; the caller only writes bytes.
 */
export async function runToResults(port: WorkbookPort, opts: ResultsOptions): Promise<ResultsOutcome> {
  const read = await readFingerprinted(port, opts.lang, true);
  if (!("input" in read)) return { kind: "problems", problems: read.problems };
  const { stamps } = read;
  const forms = opts.forms ?? [];
  const added =
    forms.length > 0
      ? addFormScores(
          read.input,
          forms.map((f) => f.sheet),
          opts.lang,
        )
      : read;
  if (!added.input) return { kind: "problems", problems: added.problems };
  const input = added.input;
  const sheets = [...read.sheets, ...forms.map((f) => f.sheet)];
  const fingerprint = forms.length > 0 ? await inputFingerprint(sheets) : read.fingerprint;
  opts.betweenPhases?.();
  const result = analyze(input);
  opts.betweenPhases?.();
  const outputs = outputLayouts(input, result, { lang: opts.lang, now: opts.now, fingerprint });
  const params = { file: opts.source, time: formatStampTime(opts.now), fingerprint };
  const copies: InputCopy[] = [
    ...read.sheets.map((sheet) => ({
      sheet,
      note: translate(opts.lang, "cli.files.copy-note", { ...params, sheet: sheet.name }),
    })),
    ...forms.map((form) => ({
      sheet: form.sheet,
      note: translate(opts.lang, "forms.copy-note", { ...params, file: form.file, sheet: form.original }),
    })),
  ];
  return {
    kind: "done",
    input,
    result,
    fingerprint,
    wasStale: staleState(stamps, read.fingerprint) === "stale",
    book: {
      outputs,
      copies,
      title: translate(opts.lang, "cli.files.results-title", { program: input.program.name }),
      description: translate(opts.lang, "cli.files.results-description", {
        ...params,
        sheets: sheets.map((s) => s.name).join(", "),
      }),
    },
  };
}
