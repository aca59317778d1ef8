import type { GszInput } from "../../core/model";
import type { Lang } from "../../i18n";
import { MemoryWorkbook } from "../memory";
import { parseInput } from "../read";
import type { SheetLayout } from "../port";
import { paymentsSheet, reportsSheet } from "./execution-sheets";
import { programSheet } from "./program-sheet";
import {
  applicationsSheet,
  budgetSheet,
  commissionSheet,
  contractsSheet,
  criteriaSheet,
  scoresSheet,
} from "./table-sheets";

export { exampleLines, type ExampleLine } from "./example-budget";
export * from "./example-data";
export * from "./example-execution";
export { isoToSerial } from "../cells/serial";

/**
 * The input sheets of WORKBOOK.md in the user's language, in workbook order, as Excel tables under a
 * title row; with `example`, filled with the Kara-Balta 2019 example program, which reads back
 * without problems and yields no error-level discrepancy.
 */
export function inputTemplateLayouts(lang: Lang, example: boolean): SheetLayout[] {
  return [
    programSheet(lang, example),
    applicationsSheet(lang, example),
    budgetSheet(lang, example),
    criteriaSheet(lang, example),
    commissionSheet(lang, example),
    scoresSheet(lang, example),
    contractsSheet(lang, example),
    paymentsSheet(lang, example),
    reportsSheet(lang, example),
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
