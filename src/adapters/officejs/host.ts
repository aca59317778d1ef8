import type { CellAddress } from "../../core/model";
import type { ExcelRun, SupportsSet } from "./run";

/**
 * The other Office calls the task pane needs: go to a cell, open a new workbook, the UI language and
 * theme. Each checks its requirement set first; the task pane reaches them only through its host object.
 */

/** Activates the sheet and selects the cell a finding points at (ExcelApi 1.7: getRangeByIndexes). */
export async function selectCell(run: ExcelRun, address: CellAddress): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(address.sheet);
    sheet.activate();
    sheet.getRangeByIndexes(address.row - 1, address.col - 1, 1, 1).select();
    await context.sync();
  });
}

/** `Excel.createWorkbook` (ExcelApi 1.8): opens an .xlsx, given as base64, in a new window. */
export type CreateWorkbook = (base64: string) => Promise<void>;

/**
 * Opens the .xlsx in a new Excel window when the host supports it (ExcelApi 1.8: Office 2021, Microsoft 365,
 * the web) and answers true; false when it does not, so the caller can fall back (write a sheet).
 */
export async function exportToNewWorkbook(
  base64: string,
  supports: SupportsSet,
  createWorkbook: CreateWorkbook,
): Promise<boolean> {
  if (!supports("ExcelApi", "1.8")) return false;
  await createWorkbook(base64);
  return true;
}

/** The Office globals, when the page runs inside Office (after Office.onReady). */
export function officeSupports(name: string, version: string): boolean {
  return (
    typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported(name, version))
  );
}

/**
 * Whether the add-in runs in Excel on the web, whose requests and responses are limited to 5 MB each
 * (desktop Excel documents no such limit, so it gets one request per write).
 */
export function officeIsWeb(): boolean {
  if (typeof Office === "undefined") return false;
  const platform = Office.context?.diagnostics?.platform;
  return platform !== undefined && platform === Office.PlatformType?.OfficeOnline;
}

/** Office's UI language tag (`ru-RU`), or undefined outside Office. It can be wrong on Mac: the user can switch. */
export function displayLanguage(): string | undefined {
  return typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
}

/** Whether Office shows a dark theme (OfficeTheme, where the host reports one). */
export function prefersDark(): boolean {
  const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  const background = theme?.bodyBackgroundColor;
  if (!background || !/^#[0-9a-f]{6}$/i.test(background)) return false;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16) / 255);
  return 0.2126 * (r ?? 1) + 0.7152 * (g ?? 1) + 0.0722 * (b ?? 1) < 0.5;
}

/** The overload of `Excel.run` that takes run options. */
export type ExcelRunWithOptions = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/**
 * Excel.run for the user's actions: with `delayForCellEdit`, a click while a cell is being edited waits until
 * the edit ends instead of failing with InvalidOperationInCellEditMode. Microsoft lists
 * `RunOptions.delayForCellEdit` in ExcelApi 1.5, below the 1.7 the manifest requires, so no check is needed.
 */
export function userActionRun(run: ExcelRunWithOptions): ExcelRun {
  return (batch) => run({ delayForCellEdit: true }, batch);
}

/** Excel.run for the adapter (call only after Office is ready, inside Excel). */
export const excelRun: ExcelRun = (batch) => userActionRun((options, b) => Excel.run(options, b))(batch);

/** Excel.createWorkbook (ExcelApi 1.8; check with officeSupports first). */
export const createWorkbookInExcel: CreateWorkbook = async (base64) => {
  await Excel.createWorkbook(base64);
};

/**
 * Resolves when office.js is ready; `inExcel` is false in a plain browser (office.js then reports no host
 * and no Excel global exists).
 */
export async function whenOfficeReady(): Promise<{ readonly inExcel: boolean }> {
  if (typeof Office === "undefined") return { inExcel: false };
  const info = await Office.onReady();
  return { inExcel: info.host === Office.HostType.Excel && typeof Excel !== "undefined" };
}
