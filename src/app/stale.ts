import type { GszInput, InputProblem } from "../core/model";
import type { Lang } from "../i18n";
import { STAMP_SEARCH_ROWS, inputFingerprint, readStamp } from "../workbook/fingerprint";
import type { SheetValues, WorkbookPort } from "../workbook/port";
import { readInput } from "../workbook/read";
import { allOutputSheetNames } from "../workbook/render";
import { RecordingPort } from "./recording-port";
import type { StaleState } from "./types";

/** Whether outputs with these stamps were computed from the inputs with this fingerprint. */
export function staleState(stamps: Stamps, fingerprint: string): StaleState {
  if (stamps.length === 0) return "no-outputs";
  return stamps.every((stamp) => stamp === fingerprint) ? "fresh" : "stale";
}

/**
 * The input read, the fingerprint of the sheets the reader used, those sheets' values as read (in the
 * workbook's tab order) and the stamps of the outputs present.
 */
export type FingerprintedRead = (
  { readonly input: GszInput } | { readonly problems: readonly InputProblem[] }
) & {
  readonly fingerprint: string;
  readonly stamps: Stamps;
  readonly sheets: readonly SheetValues[];
};

/**
 * The fingerprints stamped on the output sheets present (any language), one entry per sheet;
 * `undefined` for an output-named sheet without a stamp (typed by hand or damaged).
 */
export type Stamps = readonly (string | undefined)[];

/**
 * Reads the input through a recording port: the fingerprint covers exactly the sheets the reader used.
 * With `withStamps`, the output sheets present are read for their stamps: only their top rows where the
 * port can (`readTop`: inside Excel an output sheet may hold 100 000 rows below its stamp), else whole, in
 * the same request as the inputs.
 */
export async function readFingerprinted(
  port: WorkbookPort,
  lang: Lang = "ru",
  withStamps = false,
): Promise<FingerprintedRead> {
  const topOnly = withStamps && port.readTop !== undefined;
  const recorder = new RecordingPort(port, withStamps && !topOnly ? allOutputSheetNames() : []);
  const read = await readInput(recorder, { lang });
  const fingerprint = await inputFingerprint(recorder.sheets);
  const stampSheets = !withStamps
    ? []
    : topOnly
      ? await readOutputTops(port, await recorder.listSheets())
      : await recorder.alsoReadSheets();
  const stamps = stampSheets.map(readStamp);
  const order = await recorder.listSheets();
  const sheets = [...recorder.sheets].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  if (read.input !== undefined) return { input: read.input, fingerprint, stamps, sheets };
  return { problems: read.problems, fingerprint, stamps, sheets };
}

/** The top rows (where the stamp is) of the output sheets among `present`; nothing is asked when there are none. */
async function readOutputTops(
  port: WorkbookPort,
  present: readonly string[],
): Promise<readonly SheetValues[]> {
  const outputs = new Set(allOutputSheetNames());
  const names = present.filter((name) => outputs.has(name));
  if (names.length === 0 || !port.readTop) return [];
  return port.readTop(names, STAMP_SEARCH_ROWS);
}

/**
 * Whether the output sheets still match the inputs: "no-outputs" when there are none, "stale" when
 * any output sheet was computed from other input values (or carries no stamp), else "fresh".
 */
export async function checkStale(port: WorkbookPort): Promise<StaleState> {
  // A workbook without outputs needs no reading at all (the pane asks this whenever it opens).
  const outputs = new Set(allOutputSheetNames());
  if (!(await port.listSheets()).some((name) => outputs.has(name))) return "no-outputs";
  const { fingerprint, stamps } = await readFingerprinted(port, "ru", true);
  return staleState(stamps, fingerprint);
}
