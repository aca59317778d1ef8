/**
 * Reading workbooks from every producer (Excel, LibreOffice, Google Sheets, 1C, openpyxl; .xlsx,
 * .xlsm, .xls, .ods) with the limits of CLI.md. Browser-safe; the Node wrapper is ./node.ts.
 */
export { DEFAULT_LIMITS, MAX_FILE_BYTES, fileLimits, type FileLimits } from "./limits";
export { openWorkbook, type OpenResult } from "./open";
export type { SheetsRead } from "./package";
export { FileProblemsError, type FileProblem } from "./problem";
export { ReadOnlyWorkbook, type WorkbookFormat } from "./workbook";
export { FILE_OPENER } from "./opener";
