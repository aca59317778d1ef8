import type { CellValue, SheetValues } from "../../workbook/port";
import { valuesFromA1 } from "./cells";
import { inSequence } from "./run";

/** Queued handles of one sheet's read. */
interface PendingRead {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly range: Excel.Range;
}

/**
 * Queues the used range (values only, so formatting alone does not widen it) of every named sheet, with its
 * values, number formats and position; a sheet that does not exist answers a null object.
 */
export function queueReads(context: Excel.RequestContext, names: readonly string[]): PendingRead[] {
  return names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("values,numberFormat,rowIndex,columnIndex");
    return { name, sheet, range };
  });
}

/** The synced reads as the port's SheetValues; absent sheets are left out, empty ones have no rows. */
export function collectReads(pending: readonly PendingRead[]): SheetValues[] {
  const out: SheetValues[] = [];
  for (const p of pending) {
    if (p.sheet.isNullObject) continue;
    if (p.range.isNullObject) {
      out.push({ name: p.sheet.name, values: [] });
      continue;
    }
    out.push({
      name: p.sheet.name,
      values: valuesFromA1(p.range.rowIndex, p.range.columnIndex, p.range.values, p.range.numberFormat),
    });
  }
  return out;
}

/** Cells per read request in the chunked fallback: values and formats of ~100 000 cells stay well under 5 MB. */
export const CELLS_PER_REQUEST = 100_000;

interface Chunk {
  readonly sheet: number;
  readonly firstRow: number;
  readonly rowCount: number;
}

/**
 * The fallback for Excel on the web when one answer would exceed 5 MB: the used ranges' extents first
 * (one request), then their rows in chunks of about CELLS_PER_REQUEST cells (a request each).
 */
export async function readInChunks(
  context: Excel.RequestContext,
  names: readonly string[],
  cellsPerRequest: number = CELLS_PER_REQUEST,
): Promise<SheetValues[]> {
  const extents = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { sheet, range };
  });
  await context.sync();

  const present = extents.filter((e) => !e.sheet.isNullObject);
  const rows: CellValue[][][] = present.map(() => []);
  const chunks: Chunk[] = [];
  present.forEach((e, sheet) => {
    if (e.range.isNullObject) return;
    const step = Math.max(1, Math.floor(cellsPerRequest / Math.max(1, e.range.columnCount)));
    for (let first = 0; first < e.range.rowCount; first += step) {
      chunks.push({ sheet, firstRow: first, rowCount: Math.min(step, e.range.rowCount - first) });
    }
  });
  await inSequence(chunks, async (chunk) => {
    const e = present[chunk.sheet];
    if (!e) return;
    const { rowIndex, columnIndex, columnCount } = e.range;
    const part = e.sheet.getRangeByIndexes(
      rowIndex + chunk.firstRow,
      columnIndex,
      chunk.rowCount,
      columnCount,
    );
    part.load("values,numberFormat");
    await context.sync();
    // Offsets: the rows above the used range are added once, with the first chunk.
    const block = valuesFromA1(
      chunk.firstRow === 0 ? rowIndex : 0,
      columnIndex,
      part.values,
      part.numberFormat,
    );
    const target = rows[chunk.sheet];
    if (!target) return;
    // valuesFromA1 trims trailing empty rows; keep positions by padding each chunk to its row count.
    const expected = (chunk.firstRow === 0 ? rowIndex : 0) + chunk.rowCount;
    while (block.length < expected) block.push([]);
    target.push(...block);
  });
  return present.map((e, i) => {
    const values = rows[i] ?? [];
    while (values.length && (values[values.length - 1]?.length ?? 0) === 0) values.pop();
    return { name: e.sheet.name, values };
  });
}
