/** The Office.js adapter: the only code that touches the Office and Excel globals. */
export { OfficeJsWorkbook, TEMP_PREFIX, type OfficeJsWorkbookOptions } from "./workbook";
export { WorkbookReadError, WorkbookWriteError } from "./errors";
export {
  selectCell,
  exportToNewWorkbook,
  displayLanguage,
  prefersDark,
  officeSupports,
  excelRun,
  createWorkbookInExcel,
  whenOfficeReady,
} from "./host";
export type { CreateWorkbook } from "./host";
export type { ExcelRun, SupportsSet } from "./run";
