import type { GszInput, GszResult } from "../../core/model";
import type { SheetLayout } from "../port";
import { renderCofinancing } from "./cofinancing";
import { renderDiscrepancies } from "./discrepancies";
import { renderExecution } from "./execution";
import { renderRanking } from "./ranking";
import type { RenderContext } from "./stamp";
import { renderTranches } from "./tranches";

export { allOutputSheetNames, outputSheetName, OUTPUT_KINDS, type OutputKind } from "./names";
export { findingMessage } from "./discrepancies";
export { stampText, formatStampTime, type RenderContext } from "./stamp";

/**
 * Every output sheet of WORKBOOK.md, in the user's language, ready for one WorkbookPort.writeSheets
 * call: Рейтинг, Софинансирование, Транши, Расхождения, and Исполнение when
 * Платежи or Отчёты has rows. Pure: no adapter, no clock, no I/O.
 */
export function outputLayouts(input: GszInput, result: GszResult, ctx: RenderContext): SheetLayout[] {
  return [
    renderRanking(input, result.ranking, ctx),
    renderCofinancing(input, result, ctx),
    renderTranches(input, result.tranches, ctx, result.execution),
    renderDiscrepancies(input, result.findings, ctx),
    ...(result.execution?.present ? [renderExecution(input, result.execution, ctx)] : []),
  ];
}
