import type { SheetValues } from "../../workbook/port";
import { valuesFromA1 } from "./cells";

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
