import type { SheetValues, TableExtent } from "../../workbook/port";
import { isInputSheetName } from "../../workbook/read/sheets";
import { valuesFromA1 } from "./cells";
import { WorkbookReadError } from "./errors";
import { readPieces, type ChunkLimits, type ChunkSource } from "./read-chunks";

/** Excel's limit for one read of a range: above it values may come back as nulls rather than an error. */
export const EXCEL_CELLS_PER_READ = 5_000_000;

/**
 * A sheet whose used range is larger than this is refused with a message (`ui.error.sheet-too-large`)
 * instead of being read: twice Excel's per-read limit, fifty times any competition (10 000 applications of
 * 20 columns are 200 000 cells), and usually the sign of one stray value far below or right of the data.
 * (Ten million cells already take hundreds of megabytes in the task pane's memory.)
 */
export const READ_CELL_CAP = 10_000_000;

export interface ReadLimits extends ChunkLimits {
  /** Cells above which one read of a used range is not trusted (default EXCEL_CELLS_PER_READ). */
  readonly cellsPerRead: number;
  /** Cells above which a sheet is refused (default READ_CELL_CAP). */
  readonly cellCap: number;
}

/** A sheet's proxies of the first request. */
interface Pending {
  readonly sheet: Excel.Worksheet;
  readonly range: Excel.Range;
}

/** What the first request told of a sheet; `values`/`formats` only when loaded and trustworthy. */
interface Found extends ChunkSource {
  readonly name: string;
  readonly empty: boolean;
  readonly address: string;
  /** Its Excel tables' names; undefined for other than input sheets (not reported). */
  readonly tableNames: readonly string[] | undefined;
  values?: unknown[][];
  formats?: unknown[][];
}

/**
 * Queues every named sheet's used range (values only, so formatting alone does not widen it) with its
 * extent, and the workbook's tables with their sheets' names (ExcelApi 1.2); with `withValues`, also the
 * used ranges' values and number formats.
 */
function queue(
  context: Excel.RequestContext,
  names: readonly string[],
  withValues: boolean,
): { pending: Pending[]; tables: Excel.TableCollection } {
  const pending = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    const range = sheet.getUsedRangeOrNullObject(true);
    if (withValues) range.load("values,numberFormat,address,rowIndex,columnIndex,rowCount,columnCount");
    else range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    return { sheet, range };
  });
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  return { pending, tables };
}

function found(
  { pending, tables }: { pending: Pending[]; tables: Excel.TableCollection },
  withValues: boolean,
): Found[] {
  return pending
    .filter((p) => !p.sheet.isNullObject)
    .map((p) => {
      const name = p.sheet.name;
      // Tables of input sheets only: those are what the workbook layer reads as tables. Outputs are read
      // for their stamps, and their tables are the add-in's own; their ranges would cost a request.
      const tableNames = isInputSheetName(name)
        ? tables.items.filter((t) => t.worksheet.name.toLowerCase() === name.toLowerCase()).map((t) => t.name)
        : undefined;
      if (p.range.isNullObject) {
        return {
          name,
          empty: true,
          address: "",
          tableNames,
          rowIndex: 0,
          columnIndex: 0,
          rowCount: 0,
          columnCount: 0,
        };
      }
      const { address, rowIndex, columnIndex, rowCount, columnCount } = p.range;
      const sheet: Found = {
        name,
        empty: false,
        address,
        tableNames,
        rowIndex,
        columnIndex,
        rowCount,
        columnCount,
      };
      if (withValues) {
        sheet.values = p.range.values;
        sheet.formats = p.range.numberFormat;
      }
      return sheet;
    });
}

/**
 * One request for the ranges of the input sheets' Excel tables, only when there are any: a constant extra
 * round trip. (ExcelApi 1.7 has no way to load a table's position with the collection: `getRange()` needs
 * the table, which needs its name, which needs the first request.)
 */
async function tableExtents(
  context: Excel.RequestContext,
  sheets: readonly Found[],
): Promise<TableExtent[][]> {
  const queued = sheets.map((s) =>
    (s.tableNames ?? []).map((name) => {
      const range = context.workbook.tables.getItem(name).getRange();
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { name, range };
    }),
  );
  if (queued.some((q) => q.length)) await context.sync();
  return queued.map((q) =>
    q.map(({ name, range }) => ({
      name,
      headerRow: range.rowIndex,
      lastRow: range.rowIndex + range.rowCount - 1,
      firstCol: range.columnIndex,
      lastCol: range.columnIndex + range.columnCount - 1,
    })),
  );
}

/**
 * Reads the named sheets. Normally ONE request: every sheet's used range with values, formats and extent,
 * and the workbook's tables' names (plus one request for the ranges of the input sheets' tables). A used range over
 * `cellsPerRead` cells is never trusted from that request (Excel may answer nulls there): it is read again
 * in row chunks. When that request fails (Excel on the web refuses answers over 5 MB), the extents are
 * loaded alone and every sheet is read in chunks, sized by bytes on the web (see read-chunks.ts). A used range over `cellCap` cells
 * is refused with a WorkbookReadError. Absent sheets are left out; empty ones have no rows.
 */
export async function readSheetsFrom(
  context: Excel.RequestContext,
  names: readonly string[],
  limits: ReadLimits,
): Promise<SheetValues[]> {
  let sheets: Found[];
  try {
    const pending = queue(context, names, true);
    await context.sync();
    sheets = found(pending, true);
  } catch {
    // Too large an answer: Excel on the web says so (RequestPayloadSizeLimitExceeded …); desktop Excel may
    // fail otherwise on a huge used range. Either way the safe path follows: extents first, then a refusal
    // or chunks. A failure that has nothing to do with size recurs there and is thrown.
    const pending = queue(context, names, false);
    await context.sync();
    sheets = found(pending, false);
  }
  for (const s of sheets) {
    const cells = s.rowCount * s.columnCount;
    if (cells > limits.cellCap) {
      throw new WorkbookReadError("sheet-too-large", {
        sheet: s.name,
        range: s.address.replace(/^.*!/, ""),
        cells: String(cells),
        cap: String(limits.cellCap),
      });
    }
    if (cells > limits.cellsPerRead) {
      s.values = undefined;
      s.formats = undefined;
    }
  }
  const tables = await tableExtents(context, sheets);
  const pending = sheets.filter((s) => !s.empty && s.values === undefined);
  const chunks = await readPieces(context, pending, limits);
  return sheets.map((s, i) => {
    const chunked = chunks.get(s);
    const values = chunked?.values ?? s.values ?? [];
    const formats = chunked?.formats ?? s.formats ?? [];
    const sheet = {
      name: s.name,
      values: s.empty ? [] : valuesFromA1(s.rowIndex, s.columnIndex, values, formats),
    };
    return s.tableNames ? { ...sheet, tables: tables[i] ?? [] } : sheet;
  });
}
