import type { Lang } from "../../i18n";
import type { SheetLayout } from "../port";
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
  ];
}
