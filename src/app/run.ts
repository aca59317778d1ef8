import { analyze } from "../core/analyze";
import type { WorkbookPort } from "../workbook/port";
import { allOutputSheetNames, outputLayouts } from "../workbook/render";
import { readFingerprinted, staleState } from "./stale";
import type { RunOptions, RunOutcome } from "./types";

/**
 * One run over a workbook: read the inputs; if any cannot be used, return the problems and write
 * nothing; otherwise analyze, render every output sheet and write them in one writeSheets call
 * (all or nothing) that also removes the outputs of earlier runs in other languages: they would be
 * stale, and their tables carry the same names. Also tells whether the outputs that were there before
 * were stale.
 */
export async function runWorkbook(port: WorkbookPort, opts: RunOptions): Promise<RunOutcome> {
  const read = await readFingerprinted(port, opts.lang, true);
  if (!("input" in read)) return { kind: "problems", problems: read.problems };
  const { input, fingerprint, stamps } = read;
  const cells = read.sheets.reduce((sum, sheet) => sum + sheet.values.reduce((n, r) => n + r.length, 0), 0);
  const result = opts.analyze ? await opts.analyze(input, { cells }) : analyze(input);
  const layouts = outputLayouts(input, result, { lang: opts.lang, now: opts.now, fingerprint });
  await port.writeSheets(layouts, { remove: allOutputSheetNames() });
  return {
    kind: "done",
    input,
    result,
    written: layouts.map((l) => l.name),
    fingerprint,
    wasStale: staleState(stamps, fingerprint) === "stale",
  };
}
