import type { SheetLayout, ValidationLayout } from "../../workbook/port";
import { footerSection, headerSection, printTitleRows } from "../../workbook/print";
import { HIGHLIGHT_FILL, TABLE_STYLE, widthInPoints } from "./formats";
import type { SheetPlan, WriteOp } from "./plan";

/**
 * Queuing one planned operation on a request context. Nothing here syncs: the caller queues a whole batch,
 * then syncs once. Only APIs of ExcelApi ≤ 1.7 are called unconditionally; data validation (1.8) only when
 * `validations` says the host supports it, page layout (1.9) only when `pageLayout` does.
 */

export interface QueueTarget {
  readonly context: Excel.RequestContext;
  /** The temporary sheet of each plan, filled in by the "create" operation. */
  readonly sheets: (Excel.Worksheet | undefined)[];
  readonly plans: readonly SheetPlan[];
  /** The temporary (hidden, unique) sheet name of each plan. */
  readonly tempNames: readonly string[];
  /** The temporary name of table `t` of plan `s`: table names are workbook-wide, the old ones still exist. */
  readonly tempTableName: (sheet: number, table: number) => string;
  /** Whether data validation (ExcelApi 1.8) may be used. */
  readonly validations: boolean;
  /**
   * Whether worksheet.pageLayout (ExcelApi 1.9: paper, orientation, zoom, print titles, headers and
   * footers) may be used. Without it (Office 2019) the sheets print with Excel's defaults.
   */
  readonly pageLayout: boolean;
}

function sheetOf(target: QueueTarget, index: number): Excel.Worksheet {
  const sheet = target.sheets[index];
  if (!sheet) throw new Error(`internal: sheet ${index} queued before it was created`);
  return sheet;
}

function planOf(target: QueueTarget, index: number): SheetPlan {
  const plan = target.plans[index];
  if (!plan) throw new Error(`internal: no plan ${index}`);
  return plan;
}

export function queueOp(target: QueueTarget, op: WriteOp): void {
  switch (op.kind) {
    case "create": {
      const sheet = target.context.workbook.worksheets.add(target.tempNames[op.sheet]);
      // Hidden until every output is complete, so a half-written result is never on show.
      sheet.visibility = "Hidden";
      target.sheets[op.sheet] = sheet;
      return;
    }
    case "block": {
      const plan = planOf(target, op.sheet);
      const range = sheetOf(target, op.sheet).getRangeByIndexes(op.firstRow, 0, op.rowCount, plan.width);
      const end = op.firstRow + op.rowCount;
      // Formats first: a text cell must already be `@` when its value arrives, or Excel parses it.
      range.numberFormat = plan.formats.slice(op.firstRow, end).map((row) => [...row]);
      const values = plan.values.slice(op.firstRow, end).map((row) => [...row]);
      if (op.withFormulas) range.formulas = values;
      else range.values = values;
      return;
    }
    case "links": {
      const sheet = sheetOf(target, op.sheet);
      for (const link of op.links) {
        sheet.getRangeByIndexes(link.row, link.col, 1, 1).hyperlink = {
          documentReference: link.reference,
          textToDisplay: link.text,
        };
      }
      return;
    }
    case "cosmetics":
      queueCosmetics(target, sheetOf(target, op.sheet), planOf(target, op.sheet), op.sheet);
      return;
  }
}

function queueCosmetics(target: QueueTarget, sheet: Excel.Worksheet, plan: SheetPlan, index: number): void {
  const layout: SheetLayout = plan.layout;
  layout.columns.forEach((column, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = widthInPoints(column.width);
  });
  for (const col of layout.hiddenColumns ?? []) {
    sheet.getRangeByIndexes(0, col - 1, 1, 1).getEntireColumn().columnHidden = true;
  }
  for (const row of layout.titleRows ?? []) {
    sheet.getRangeByIndexes(row - 1, 0, 1, plan.width).format.font.bold = true;
  }
  layout.tables.forEach((table, t) => {
    const columns = Math.max(1, layout.columns.length);
    // A totals row stays outside the ListObject: Excel's own totals row would add a row, and sorting or
    // filtering must not move it.
    const last = table.totalsRow ? table.lastRow - 1 : table.lastRow;
    const rows = Math.max(1, last - table.headerRow + 1);
    const created = sheet.tables.add(sheet.getRangeByIndexes(table.headerRow - 1, 0, rows, columns), true);
    created.name = target.tempTableName(index, t);
    created.style = TABLE_STYLE;
    if (table.totalsRow) sheet.getRangeByIndexes(table.lastRow - 1, 0, 1, columns).format.font.bold = true;
  });
  if (layout.freezeRows) sheet.freezePanes.freezeRows(layout.freezeRows);
  for (const run of highlightRuns(layout.highlights ?? [])) {
    sheet.getRangeByIndexes(run.row - 1, run.col - 1, 1, run.length).format.fill.color = HIGHLIGHT_FILL;
  }
  queueWraps(sheet, layout);
  if (target.pageLayout) queuePageLayout(sheet, layout);
  if (target.validations) {
    for (const v of layout.validations ?? []) {
      const range = sheet.getRangeByIndexes(
        v.firstRow - 1,
        v.firstCol - 1,
        v.lastRow - v.firstRow + 1,
        v.lastCol - v.firstCol + 1,
      );
      const rule = validationRule(v.rule);
      if (rule) {
        range.dataValidation.rule = rule;
        range.dataValidation.errorAlert = {
          message: v.message,
          showAlert: true,
          style: "Stop",
          title: layout.name,
        };
      }
      if (v.prompt) range.dataValidation.prompt = { ...v.prompt, showPrompt: true };
    }
  }
}

/**
 * Wrapped columns (format.wrapText, ExcelApi 1.1): the whole column, then the title rows unwrapped again;
 * then the rows grow to their wrapped text (autofitRows, ExcelApi 1.2).
 */
function queueWraps(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const height = Math.max(1, layout.rows.length);
  let wrapped = false;
  layout.columns.forEach((column, c) => {
    if (!column.wrap) return;
    wrapped = true;
    const range = sheet.getRangeByIndexes(0, c, height, 1);
    range.format.wrapText = true;
    for (const row of layout.titleRows ?? [])
      sheet.getRangeByIndexes(row - 1, c, 1, 1).format.wrapText = false;
  });
  if (!wrapped) return;
  const all = sheet.getRangeByIndexes(0, 0, height, Math.max(1, layout.columns.length));
  // Every cell starts at the top, level with the first line of the wrapped text next to it.
  all.format.verticalAlignment = "Top";
  all.format.autofitRows();
}

/** A4, one page wide and any number tall, print titles, page header and footer (ExcelApi 1.9). */
function queuePageLayout(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const setup = layout.pageSetup;
  if (!setup) return;
  const page = sheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  // Set as one object (Office.js ignores `zoom.x = …`); 0 pages tall is "as many as needed", as in the file.
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const titles = printTitleRows(setup);
  if (titles) page.setPrintTitleRows(titles);
  const all = page.headersFooters.defaultForAllPages;
  all.centerHeader = headerSection(setup);
  all.centerFooter = footerSection(setup);
}

/** Highlighted cells merged into horizontal runs, so a tinted row is one format call, not one per cell. */
export function highlightRuns(
  cells: readonly { readonly row: number; readonly col: number }[],
): { row: number; col: number; length: number }[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; col: number; length: number }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.col + last.length === cell.col) last.length += 1;
    else if (!(last && last.row === cell.row && cell.col < last.col + last.length)) {
      runs.push({ row: cell.row, col: cell.col, length: 1 });
    }
  }
  return runs;
}

/**
 * The Office.js rule of a port validation (custom formulas take their `=` here, as Office.js wants);
 * none for "any", which only carries an input message.
 */
function validationRule(rule: ValidationLayout["rule"]): Excel.DataValidationRule | undefined {
  switch (rule.kind) {
    case "any":
      return undefined;
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "decimal":
      return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "custom":
      return { custom: { formula: `=${rule.formula}` } };
  }
}
