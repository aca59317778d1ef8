import type { GszResult } from "../../core/model";
import { isoToSerial } from "../../workbook/cells/serial";
import { fraction } from "../../workbook/render/cells";
import {
  trancheColumns,
  trancheHeaders,
  trancheRows,
  type TrancheValue,
} from "../../workbook/render/tranche-columns";
import { sheetValue } from "../../workbook/render/tranches";
import { translate, type Lang } from "../../i18n";
import type { SheetLayout, WriteValue } from "../../workbook/port";
import type { XlsxCell, XlsxSheet } from "./xlsx";

/** A tranche value as a cell of the export workbook (amounts from their exact 2-decimal text). */
export function xlsxCell(value: TrancheValue): XlsxCell {
  switch (value.kind) {
    case "text":
      return value.text;
    case "integer":
      return value.value;
    case "date":
      return { date: isoToSerial(value.iso) };
    case "percent":
      return { percent: fraction(value.percent) };
    case "money":
      return { money: Number(value.amount.toFixed(2)) };
  }
}

/** The tranche schedule as one sheet of a new workbook: the columns of trancheColumns. */
export function tranchesXlsxSheet(result: GszResult, lang: Lang): XlsxSheet {
  return {
    name: translate(lang, "output.sheet.tranches"),
    header: trancheHeaders(lang, result.execution),
    rows: trancheRows(result.tranches, lang, result.execution).map((row) => row.map(xlsxCell)),
    widths: trancheColumns(result.execution).map((c) => c.width),
  };
}

/** The same schedule as a sheet of this workbook, where Excel cannot open a new one (before ExcelApi 1.8). */
export function tranchesExportLayout(result: GszResult, lang: Lang): SheetLayout {
  const rows: WriteValue[][] = [
    trancheHeaders(lang, result.execution),
    ...trancheRows(result.tranches, lang, result.execution).map((row) => row.map(sheetValue)),
  ];
  return {
    name: translate(lang, "ui.export.sheet").slice(0, 31),
    rows,
    columns: trancheColumns(result.execution).map((c) => ({ width: c.width, format: c.format })),
    tables: [],
    titleRows: [1],
    freezeRows: 1,
  };
}
