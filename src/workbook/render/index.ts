import type { GszInput, GszResult } from "../../core/model";
import type { SheetLayout } from "../port";
import { renderCofinancing } from "./cofinancing";
import { renderDiscrepancies } from "./discrepancies";
import { renderExecution } from "./execution";
import { withPageSetup } from "./print";
import { renderProtocol } from "./protocol";
import { renderRanking } from "./ranking";
import type { RenderContext } from "./stamp";
import { renderTranches } from "./tranches";

export { allOutputSheetNames, outputSheetName, OUTPUT_KINDS, type OutputKind } from "./names";
export { findingMessage, localizedMessage, reasonText } from "./discrepancies";
export { stampText, formatStampTime, type RenderContext } from "./stamp";

/**
 * Every output sheet of WORKBOOK.md, in the user's language, ready for one WorkbookPort.writeSheets
 * call: Рейтинг, Софинансирование, Транши, Расхождения, Протокол, and Исполнение when Платежи or
 * Отчёты has rows, each set up to print as a document (./print.ts). Pure: no adapter, no clock, no I/O.
 */
export function outputLayouts(input: GszInput, result: GszResult, ctx: RenderContext): SheetLayout[] {
  return [
    renderRanking(input, result.ranking, ctx),
    renderCofinancing(input, result, ctx),
    renderTranches(input, result.tranches, ctx, result.execution),
    renderDiscrepancies(input, result.findings, ctx),
    renderProtocol(input, result, ctx),
    ...(result.execution?.present ? [renderExecution(input, result.execution, ctx)] : []),
  ].map((layout) => withPageSetup(layout, input.program, ctx));
}
