/**
 * The use cases. The task pane, the custom functions and the CLI are thin shells over these; each works
 * on a WorkbookPort and never on ExcelJS or Office.js directly.
 */
export * from "./types";
export {
  createTemplate,
  inspectTemplate,
  planTemplate,
  probeByReading,
  templateLayouts,
  type CreateTemplateOptions,
  type ExistingSheet,
  type SheetDataProbe,
  type TemplatePlan,
} from "./template";
export { runWorkbook } from "./run";
export { runToResults, RESULTS_KEYWORD, type ResultsOptions } from "./results";
export { analyzeWorkbook, type Analysis } from "./analyze-workbook";
export { checkStale } from "./stale";
export { tranchesCsv, neutralise } from "./csv";
export { paymentsCsv } from "./payments-csv";
export { reportJson, type Report } from "./report";
export { summaryText, formatMoney } from "./summary";
export { ENGINE_VERSION } from "../version";
export {
  consolidateSources,
  type ConsolidateOptions,
  type ConsolidationOutcome,
  type ConsolidationSource,
  type FileProblem,
  type UnusableSource,
  type WorkbookOpener,
} from "./consolidate";
export { consolidationJson, type ConsolidationJson } from "./consolidation-report";
export { writeConsolidation, type WriteConsolidationOutcome } from "./consolidation-in-workbook";
