import { paymentCalendar } from "../core/execution/calendar";
import type { GszResult } from "../core/model";
import type { Lang } from "../i18n";
import { paymentHeaders, paymentRows } from "../workbook/render/payment-columns";
import { BOM, csvField, line } from "./csv";

/**
 * The payment calendar for the treasury, in the tranche CSV's conventions (UTF-8 with BOM, `;`, decimal
 * comma, dd.mm.yyyy, CRLF, neutralised text): every unpaid tranche remainder of every contract by date,
 * a total line after each month and the grand total last.
 */
export function paymentsCsv(result: GszResult, lang: Lang): string {
  const calendar = paymentCalendar(result.tranches, result.execution);
  let out = BOM + line(paymentHeaders(lang, result.execution));
  for (const row of paymentRows(calendar, lang, result.execution)) out += line(row.map(csvField));
  return out;
}
