import type { GszResult } from "../../core/model";
import { isoToSerial } from "../../functions/calc";
import { translate, type Lang } from "../../i18n";
import type { SheetLayout, WriteValue } from "../../workbook/port";
import type { XlsxCell, XlsxSheet } from "./xlsx";

/** The tranche columns of an export, the same as the CSV (tranchesCsv) in the same order. */
const COLUMNS = [
  { key: "output.col.contract", width: 14 },
  { key: "output.col.application", width: 12 },
  { key: "output.col.organization", width: 36 },
  { key: "output.col.tranche", width: 8 },
  { key: "output.col.date", width: 12 },
  { key: "output.col.percent", width: 9 },
  { key: "output.col.amount", width: 16 },
  { key: "output.col.cumulative", width: 16 },
  { key: "output.col.condition", width: 40 },
] as const;

/** Decimal amounts become numbers only here, at the edge, from their exact 2-decimal text. */
const num = (text: string): number => Number(text);

/** The tranche schedule as one sheet of a new workbook. */
export function tranchesXlsxSheet(result: GszResult, lang: Lang): XlsxSheet {
  const rows: XlsxCell[][] = [];
  for (const s of result.tranches) {
    for (const t of s.items) {
      const serial = isoToSerial(t.date);
      rows.push([
        s.contract,
        s.application,
        s.organization,
        t.n,
        serial === undefined ? t.date : { date: serial },
        { decimal: num(t.percent.toFixed(2)) },
        { money: num(t.amount.toFixed(2)) },
        { money: num(t.cumulative.toFixed(2)) },
        translate(lang, t.condition),
      ]);
    }
  }
  return {
    name: translate(lang, "output.sheet.tranches"),
    header: COLUMNS.map((c) => translate(lang, c.key)),
    rows,
    widths: COLUMNS.map((c) => c.width),
  };
}

/** The same schedule as a sheet of this workbook, where Excel cannot open a new one (before ExcelApi 1.8). */
export function tranchesExportLayout(result: GszResult, lang: Lang): SheetLayout {
  const sheet = tranchesXlsxSheet(result, lang);
  const rows: WriteValue[][] = [
    [...sheet.header],
    ...sheet.rows.map((row) =>
      row.map((cell): WriteValue => {
        if (cell === null || typeof cell !== "object") return cell;
        if ("date" in cell) return { date: cell.date };
        return "money" in cell ? cell.money : cell.decimal;
      }),
    ),
  ];
  const formats = ["text", "text", "text", "integer", "date", "decimal", "money", "money", "text"] as const;
  return {
    name: translate(lang, "ui.export.sheet").slice(0, 31),
    rows,
    columns: COLUMNS.map((c, i) => ({ width: c.width, format: formats[i] ?? "text" })),
    tables: [],
    titleRows: [1],
    freezeRows: 1,
  };
}
