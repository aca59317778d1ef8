import type { CellValue, SheetLayout, SheetValues, WorkbookPort, WriteOptions } from "../../workbook/port";
import { appendRowsInExcel } from "./append";
import { checkPortWrite } from "../../workbook/port-guard";
import { WorkbookWriteError } from "../../workbook/port";
import { isPayloadLimit } from "./errors";
import {
  DEFAULT_BYTE_BUDGET,
  DESKTOP_BYTE_BUDGET,
  batchOps,
  linkModeFor,
  planSheet,
  writeOps,
  type SheetPlan,
  type WriteOp,
} from "./plan";
import { valuesFromA1 } from "./cells";
import { queueOp, type QueueTarget } from "./queue";
import { EXCEL_CELLS_PER_READ, READ_CELL_CAP, readSheetsFrom, type ReadLimits } from "./read";
import { CELL_BYTES_GUESS, CHUNK_BYTES, CHUNK_CELLS } from "./read-chunks";
import { officeIsWeb, officeSupports } from "./host";
import { inSequence, type ExcelRun, type SupportsSet } from "./run";

/** Temporary output sheets start with this; a crashed run's leftovers are recognised and removed. */
export const TEMP_PREFIX = "~gsz~";

/** Columns of a worksheet (A..XFD). */
const EXCEL_COLUMNS = 16_384;

export interface OfficeJsWorkbookOptions {
  /** Requirement-set check; default: Office.context.requirements.isSetSupported. */
  readonly supports?: SupportsSet;
  /**
   * Estimated bytes per write request. Default: 4 MB in Excel on the web (which refuses more than 5 MB),
   * 48 MB on desktop (no documented limit).
   */
  readonly byteBudget?: number;
  /** Where Excel runs; default from Office.context.diagnostics. Excel on the web limits responses to 5 MB. */
  readonly web?: boolean;
  /** Limits of reads (tests use small ones); defaults in read.ts and read-chunks.ts. */
  readonly readLimits?: Partial<Omit<ReadLimits, "web">>;
  /** Random source for temporary names (tests make it deterministic). */
  readonly random?: () => number;
  /**
   * Whether writeSheets may write input sheets (Программа, Заявки … in any language). Default "refuse": a
   * run or an export can never replace or remove people's data. Only the template use case gets a port
   * with "write", and it asks the user before replacing a sheet that holds data.
   */
  readonly inputSheets?: "refuse" | "write";
}

/** The smallest request budget a retry goes down to. */
const MIN_BYTE_BUDGET = 250_000;

/** Sheet names Excel refuses: empty, over 31 characters, or with : \ / ? * [ ], or starting/ending with '. */

/**
 * The workbook port over Office.js, inside Excel. Round trips (`context.sync`) are few and do not grow with
 * rows: listSheets 1; readSheets 1 for any number of sheets and rows (2 when the sheets have Excel tables,
 * whose ranges need their names first); writeSheets 3 (load names, write, swap). Only size adds round
 * trips, bounded by it (charts are queued with their sheet's cosmetics, in the same requests): writes are cut into requests of about 4 MB on the web; a used range over Excel's
 * 5 million cells per read, or a read Excel on the web answers "too large", is read in row chunks (see
 * read.ts); a used range over READ_CELL_CAP cells is refused. Input sheets are never written or removed
 * unless the port was made for the template (`inputSheets: "write"`).
 *
 * writeSheets is all-or-nothing: outputs are written into hidden temporary sheets; only when every one is
 * complete are the old sheets deleted and the new ones renamed and shown, in one final request. If anything
 * fails before that, the temporary sheets are deleted and the old outputs stay as they were.
 */
export class OfficeJsWorkbook implements WorkbookPort {
  private readonly supports: SupportsSet;
  private readonly byteBudget: number;
  private readonly random: () => number;
  private readonly readLimits: ReadLimits;
  private readonly writesInputs: boolean;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeJsWorkbookOptions = {},
  ) {
    this.supports = options.supports ?? officeSupports;
    const web = options.web ?? officeIsWeb();
    this.writesInputs = options.inputSheets === "write";
    this.byteBudget = options.byteBudget ?? (web ? DEFAULT_BYTE_BUDGET : DESKTOP_BYTE_BUDGET);
    this.random = options.random ?? Math.random;
    this.readLimits = {
      web,
      cellsPerRead: EXCEL_CELLS_PER_READ,
      cellCap: READ_CELL_CAP,
      chunkCells: CHUNK_CELLS,
      chunkBytes: CHUNK_BYTES,
      cellBytesGuess: CELL_BYTES_GUESS,
      ...options.readLimits,
    };
  }

  listSheets(): Promise<readonly string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name).filter((n) => !n.startsWith(TEMP_PREFIX));
    });
  }

  readSheets(names: readonly string[]): Promise<readonly SheetValues[]> {
    if (!names.length) return Promise.resolve([]);
    return this.run((context) => readSheetsFrom(context, names, this.readLimits));
  }

  /**
   * The first `rows` rows of the named sheets' used ranges, in one request: each sheet's rows 1..`rows`
   * intersected with its used range (ExcelApi 1.4), values and number formats of those cells only.
   */
  readTop(names: readonly string[], rows: number): Promise<readonly SheetValues[]> {
    if (!names.length || rows < 1) return Promise.resolve([]);
    return this.run(async (context) => {
      const tops = names.map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name");
        const used = sheet.getUsedRangeOrNullObject(true);
        const top = sheet.getRangeByIndexes(0, 0, rows, EXCEL_COLUMNS).getIntersectionOrNullObject(used);
        top.load("values,numberFormat,rowIndex,columnIndex");
        return { sheet, top };
      });
      await context.sync();
      return tops
        .filter(({ sheet }) => !sheet.isNullObject)
        .map(({ sheet, top }) => ({
          name: sheet.name,
          values: top.isNullObject
            ? []
            : valuesFromA1(top.rowIndex, top.columnIndex, top.values, top.numberFormat),
        }));
    });
  }

  /**
   * Which of the named sheets exist and hold any value, in one request (used ranges, values only; nothing
   * of the values is loaded): what the template use case needs to know before it writes.
   */
  sheetsWithData(names: readonly string[]): Promise<readonly { name: string; hasData: boolean }[]> {
    if (!names.length) return Promise.resolve([]);
    return this.run(async (context) => {
      const probes = names.map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name");
        const range = sheet.getUsedRangeOrNullObject(true);
        range.load("rowCount");
        return { sheet, range };
      });
      await context.sync();
      return probes
        .filter((p) => !p.sheet.isNullObject)
        .map((p) => ({ name: p.sheet.name, hasData: !p.range.isNullObject }));
    });
  }

  /** Appends rows below the last row with data of a sheet (see append.ts): the add-in's "Collect scores". */
  appendRows(sheet: string, firstCol: number, rows: readonly (readonly CellValue[])[]): Promise<number> {
    return appendRowsInExcel(this.run, sheet, firstCol, rows);
  }

  async writeSheets(layouts: readonly SheetLayout[], options?: WriteOptions): Promise<void> {
    if (!layouts.length) return;
    checkPortWrite(layouts, options, this.writesInputs);

    // Everything is computed before the first request, so that the number of requests does not grow with rows.
    const linkMode = linkModeFor(layouts);
    const plans = layouts.map((layout) => planSheet(layout, linkMode));
    let budget = this.byteBudget;
    for (;;) {
      try {
        await this.writePlans(layouts, plans, batchOps(writeOps(plans), budget), options?.remove ?? []);
        return;
      } catch (error) {
        // Our size estimate is JSON; if Excel still finds a request too large, nothing was published (the
        // temporary sheets are gone): try again with smaller requests, down to a floor.
        if (!isPayloadLimit(error) || budget <= MIN_BYTE_BUDGET) throw error;
        budget = Math.floor(budget / 2);
      }
    }
  }

  private async writePlans(
    layouts: readonly SheetLayout[],
    plans: readonly SheetPlan[],
    batches: readonly (readonly WriteOp[])[],
    remove: readonly string[],
  ): Promise<void> {
    const names = layouts.map((l) => l.name);
    const validations = this.supports("ExcelApi", "1.8");
    // ExcelApi 1.9: screen-update suspension, worksheet.pageLayout and horizontalPageBreaks (printed outputs).
    const screen = this.supports("ExcelApi", "1.9");

    await this.run(async (context) => {
      const app = context.workbook.application;
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/position");
      const tables = context.workbook.tables;
      tables.load("items/name,items/worksheet/name");
      await context.sync();

      const existing = sheets.items.map((s) => ({ name: s.name, position: s.position }));
      const lower = new Set(names.map((n) => n.toLowerCase()));
      const removeLower = new Set(remove.map((n) => n.toLowerCase()).filter((n) => !lower.has(n)));
      const removed = existing.filter((s) => removeLower.has(s.name.toLowerCase())).map((s) => s.name);
      const ownTables = layouts.flatMap((l) => l.tables.map((t) => t.name.toLowerCase()));
      for (const table of tables.items) {
        // A table name is workbook-wide: one on a sheet we do not replace would make the final rename fail.
        const sheetName = table.worksheet.name.toLowerCase();
        if (
          ownTables.includes(table.name.toLowerCase()) &&
          !lower.has(sheetName) &&
          !removeLower.has(sheetName)
        ) {
          throw new WorkbookWriteError("table-name-taken", {
            table: table.name,
            sheet: table.worksheet.name,
          });
        }
      }
      const token = this.token(existing.map((s) => s.name));
      const target: QueueTarget = {
        context,
        sheets: [],
        plans,
        tempNames: plans.map((_, i) => `${TEMP_PREFIX}${token}${i}`),
        tempTableName: (s, t) => `gsz_${token}_${s}_${t}`,
        validations,
        pageLayout: screen,
        chartFormats: validations,
      };
      const leftovers = existing.filter((s) => s.name.startsWith(TEMP_PREFIX)).map((s) => s.name);

      let finalizing = false;
      try {
        await inSequence(batches, async (batch) => {
          app.suspendApiCalculationUntilNextSync();
          if (screen) app.suspendScreenUpdatingUntilNextSync();
          for (const op of batch) queueOp(target, op);
          await context.sync();
        });

        finalizing = true;
        app.suspendApiCalculationUntilNextSync();
        for (const name of leftovers) sheets.getItem(name).delete();
        const replaced = plans
          .map((plan, i) => ({
            i,
            old: existing.find((s) => s.name.toLowerCase() === plan.layout.name.toLowerCase()),
          }))
          .sort((a, b) => (a.old?.position ?? Infinity) - (b.old?.position ?? Infinity));
        for (const { i, old } of replaced) {
          const sheet = target.sheets[i];
          if (!sheet) continue;
          if (old) {
            sheets.getItem(old.name).delete();
            // Ascending order: each new sheet takes its predecessor's place once that one is gone.
            sheet.position = old.position;
          }
          sheet.name = layouts[i]?.name ?? sheet.name;
          sheet.visibility = "Visible";
        }
        // After the moves (their positions are the ones loaded) and before the table renames (a removed
        // sheet may hold a table of the same name, e.g. the outputs of a run in another language).
        for (const name of removed) sheets.getItem(name).delete();
        plans.forEach((plan, s) =>
          plan.layout.tables.forEach((table, t) => {
            context.workbook.tables.getItem(target.tempTableName(s, t)).name = table.name;
          }),
        );
        await context.sync();
      } catch (error) {
        await this.cleanUp(context, target.tempNames, finalizing, layouts, error);
        throw error;
      }
    });
  }

  /**
   * After a failure: temporary sheets are deleted, so the old outputs stay. If the failure hit the final
   * request after an old sheet was already deleted, its new sheet is complete: it is shown under its name
   * instead (rolling forward) rather than leaving the output missing.
   */
  private async cleanUp(
    context: Excel.RequestContext,
    tempNames: readonly string[],
    finalizing: boolean,
    layouts: readonly SheetLayout[],
    cause: unknown,
  ): Promise<void> {
    try {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      tempNames.forEach((temp, i) => {
        if (!present.has(temp.toLowerCase())) return;
        const finalName = layouts[i]?.name ?? "";
        const sheet = sheets.getItem(temp);
        if (finalizing && finalName && !present.has(finalName.toLowerCase())) {
          sheet.name = finalName;
          sheet.visibility = "Visible";
        } else {
          sheet.delete();
        }
      });
      await context.sync();
    } catch (cleanupError) {
      // Never hide the first failure behind the second: both reach the user.
      throw new Error(`${String(cause)}; cleaning up also failed: ${String(cleanupError)}`, { cause });
    }
  }

  /** A short random token no existing sheet name uses. */
  private token(existing: readonly string[]): string {
    const taken = new Set(existing.map((n) => n.toLowerCase()));
    for (;;) {
      const token = Math.floor(this.random() * 36 ** 6)
        .toString(36)
        .padStart(6, "0");
      if (![...taken].some((n) => n.startsWith(`${TEMP_PREFIX}${token}`))) return token;
    }
  }
}
