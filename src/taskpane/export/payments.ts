import { paymentCalendar } from "../../core/execution/calendar";
import type { GszResult } from "../../core/model";
import { translate, type Lang } from "../../i18n";
import type { SheetLayout, WriteValue } from "../../workbook/port";
import { paymentColumns, paymentHeaders, paymentRows } from "../../workbook/render/payment-columns";
import { sheetValue } from "../../workbook/render/tranches";
import { xlsxCell } from "./tranches";
import type { XlsxSheet } from "./xlsx";

function rows(result: GszResult, lang: Lang) {
  return paymentRows(paymentCalendar(result.tranches, result.execution), lang, result.execution);
}

/** The payment calendar as one sheet of a new workbook: the columns of paymentColumns. */
export function paymentsXlsxSheet(result: GszResult, lang: Lang): XlsxSheet {
  return {
    name: translate(lang, "execution.calendar.sheet").slice(0, 31),
    header: paymentHeaders(lang, result.execution),
    rows: rows(result, lang).map((row) => row.map(xlsxCell)),
    widths: paymentColumns(result.execution).map((c) => c.width),
  };
}

/** The same calendar as a sheet of this workbook, where Excel cannot open a new one (before ExcelApi 1.8). */
export function paymentsExportLayout(result: GszResult, lang: Lang): SheetLayout {
  const values: WriteValue[][] = [
    paymentHeaders(lang, result.execution),
    ...rows(result, lang).map((row) => row.map(sheetValue)),
  ];
  return {
    name: translate(lang, "execution.calendar.sheet").slice(0, 31),
    rows: values,
    columns: paymentColumns(result.execution).map((c) => ({ width: c.width, format: c.format })),
    tables: [],
    titleRows: [1],
    freezeRows: 1,
  };
}
