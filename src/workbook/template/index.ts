import type { GszInput } from "../../core/model";
import type { Lang } from "../../i18n";
import { MemoryWorkbook } from "../memory";
import { parseInput } from "../read";
import type { SheetLayout } from "../port";
import { paymentsSheet, reportsSheet } from "./execution-sheets";
import { programSheet } from "./program-sheet";
import { withHeaderPrompts } from "./prompts";
import {
  applicationsSheet,
  budgetSheet,
  commissionSheet,
  contractsSheet,
  criteriaSheet,
  scoresSheet,
} from "./table-sheets";

export { exampleLines, type ExampleLine } from "./example-budget";
export { guideSheet, guideSheetName } from "./guide";
export * from "./example-data";
export * from "./example-execution";
export { isoToSerial } from "../cells/serial";

/**
 * The input sheets of WORKBOOK.md in the user's language, in workbook order, as Excel tables under a
 * title row, each column's header cell with an input message (what goes there, with an example); with
 * `example`, filled with the Kara-Balta 2019 example program, which reads back without problems and
 * yields no error-level discrepancy.
 */
export function inputTemplateLayouts(lang: Lang, example: boolean): SheetLayout[] {
  return [
    withHeaderPrompts(programSheet(lang, example), "program", lang),
    withHeaderPrompts(applicationsSheet(lang, example), "applications", lang),
    withHeaderPrompts(budgetSheet(lang, example), "budget", lang),
    withHeaderPrompts(criteriaSheet(lang, example), "criteria", lang),
    withHeaderPrompts(commissionSheet(lang, example), "commission", lang),
    withHeaderPrompts(scoresSheet(lang, example), "scores", lang),
    withHeaderPrompts(contractsSheet(lang, example), "contracts", lang),
    withHeaderPrompts(paymentsSheet(lang, example), "payments", lang),
    withHeaderPrompts(reportsSheet(lang, example), "reports", lang),
  ];
}

/**
 * The example program as the reader sees it (with every cell address), for tests and demos.
 * Throws if the bundled example ever stops reading cleanly: that is a bug, not a user's input.
 */
export function exampleInput(lang: Lang = "ru"): GszInput {
  const layouts = inputTemplateLayouts(lang, true);
  const book = MemoryWorkbook.fromLayouts(layouts);
  const names = layouts.map((l) => l.name);
  const sheets = names.map((name) => ({ name, values: book.sheet(name) ?? [] }));
  const read = parseInput(names, sheets, { lang });
  if (!read.input) throw new Error(`The bundled example does not read: ${JSON.stringify(read.problems)}`);
  return read.input;
}
