import type { GszInput, InputProblem } from "../core/model";
import type { Lang } from "../i18n";
import { inputFingerprint, readStamp } from "../workbook/fingerprint";
import type { WorkbookPort } from "../workbook/port";
import { readInput } from "../workbook/read";
import { allOutputSheetNames } from "../workbook/render";
import { RecordingPort } from "./recording-port";
import type { StaleState } from "./types";

/**
 * The fingerprints stamped on the output sheets present (any language), one entry per sheet;
 * `undefined` for an output-named sheet without a stamp (typed by hand or damaged).
 */
export async function existingStamps(port: WorkbookPort): Promise<readonly (string | undefined)[]> {
  const outputNames = new Set(allOutputSheetNames());
  const present = (await port.listSheets()).filter((name) => outputNames.has(name));
  if (present.length === 0) return [];
  return (await port.readSheets(present)).map(readStamp);
}

/** Whether outputs with these stamps were computed from the inputs with this fingerprint. */
export function staleState(stamps: readonly (string | undefined)[], fingerprint: string): StaleState {
  if (stamps.length === 0) return "no-outputs";
  return stamps.every((stamp) => stamp === fingerprint) ? "fresh" : "stale";
}

/** The input read through a recording port, with the fingerprint of the sheets the reader used. */
export async function readFingerprinted(
  port: WorkbookPort,
  lang: Lang = "ru",
): Promise<
  | { readonly input: GszInput; readonly fingerprint: string }
  | { readonly problems: readonly InputProblem[]; readonly fingerprint: string }
> {
  const recorder = new RecordingPort(port);
  const read = await readInput(recorder, { lang });
  const fingerprint = inputFingerprint(recorder.sheets);
  if (read.input !== undefined) return { input: read.input, fingerprint };
  return { problems: read.problems, fingerprint };
}

/**
 * Whether the output sheets still match the inputs: "no-outputs" when there are none, "stale" when
 * any output sheet was computed from other input values (or carries no stamp), else "fresh".
 */
export async function checkStale(port: WorkbookPort): Promise<StaleState> {
  const stamps = await existingStamps(port);
  if (stamps.length === 0) return "no-outputs";
  const { fingerprint } = await readFingerprinted(port);
  return staleState(stamps, fingerprint);
}
