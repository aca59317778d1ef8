import type { WorkbookPort } from "../workbook/port";
import { isInputSheetName } from "../workbook/read";
import type { ConsolidationOutcome } from "./consolidate";

/** What writing a Сводка into the open workbook gave. */
export type WriteConsolidationOutcome =
  | { readonly kind: "done"; readonly written: readonly string[] }
  /** The open workbook is a program's (it has input sheets): its Расхождения would be replaced. */
  | { readonly kind: "program-workbook"; readonly sheet: string };

/**
 * The add-in's "Сводка из файлов…": writes the Сводка, Источники and Расхождения sheets into the open
 * workbook, all or nothing. Refused in a program's workbook (one with an input sheet): its own
 * Расхождения, and the run's outputs with it, must not be replaced by a consolidation's — open an empty
 * workbook for the Сводка.
 */
export async function writeConsolidation(
  port: WorkbookPort,
  outcome: ConsolidationOutcome,
): Promise<WriteConsolidationOutcome> {
  const input = (await port.listSheets()).find((name) => isInputSheetName(name));
  if (input !== undefined) return { kind: "program-workbook", sheet: input };
  await port.writeSheets(outcome.layouts);
  return { kind: "done", written: outcome.layouts.map((l) => l.name) };
}
