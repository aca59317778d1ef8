import { analyze } from "../core/analyze";
import type { GszInput, GszResult, InputProblem } from "../core/model";
import type { Lang } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import { readFingerprinted } from "./stale";

/** What reading and analyzing a workbook gives, without writing anything back. */
export type Analysis =
  | { readonly kind: "problems"; readonly problems: readonly InputProblem[] }
  | {
      readonly kind: "done";
      readonly input: GszInput;
      readonly result: GszResult;
      readonly fingerprint: string;
    };

/** Reads and analyzes a workbook but writes nothing (CSV export, checks). */
export async function analyzeWorkbook(port: WorkbookPort, lang: Lang = "ru"): Promise<Analysis> {
  const read = await readFingerprinted(port, lang);
  if (!("input" in read)) return { kind: "problems", problems: read.problems };
  return { kind: "done", input: read.input, result: analyze(read.input), fingerprint: read.fingerprint };
}
