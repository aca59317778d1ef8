import type { Execution } from "../../core/model";
import type { PaymentCalendar } from "../../core/execution/calendar";
import { translate, type Lang } from "../../i18n";
import { showsTrancheStatus, type TrancheColumn, type TrancheValue } from "./tranche-columns";

/**
 * The columns of the payment calendar, declared once for the treasury's CSV (`gsz payments --csv`, the
 * pane's CSV) and the pane's export workbook. Values are typed as in the tranche schedule.
 */
export const PAYMENT_COLUMNS: readonly TrancheColumn[] = [
  { header: "execution.col.month", format: "text", width: 9 },
  { header: "output.col.date", format: "date", width: 12 },
  { header: "output.col.contract", format: "text", width: 14 },
  { header: "output.col.application", format: "text", width: 12 },
  { header: "output.col.organization", format: "text", width: 36 },
  { header: "output.col.tranche", format: "integer", width: 8 },
  { header: "execution.col.nextAmount", format: "money", width: 16 },
];

/** The status of each tranche, last, when Платежи has rows (showsTrancheStatus). */
export const PAYMENT_STATUS_COLUMN: TrancheColumn = {
  header: "execution.col.status",
  format: "text",
  width: 14,
};

export function paymentColumns(execution?: Execution): readonly TrancheColumn[] {
  return showsTrancheStatus(execution) ? [...PAYMENT_COLUMNS, PAYMENT_STATUS_COLUMN] : PAYMENT_COLUMNS;
}

export function paymentHeaders(lang: Lang, execution?: Execution): string[] {
  return paymentColumns(execution).map((c) => translate(lang, c.header));
}

/** `2019-03` → `03.2019`. */
export function monthText(month: string): string {
  const [y, m] = month.split("-");
  return `${m ?? ""}.${y ?? ""}`;
}

const EMPTY: TrancheValue = { kind: "text", text: "" };
const text = (value: string): TrancheValue => ({ kind: "text", text: value });

/**
 * The calendar's rows in paymentColumns(execution)'s order: each unpaid tranche by date, a total line
 * after each month (`Итого за 03.2019` in the organization column, the month's sum under the amounts),
 * and the grand total last. Empty calendar: no rows.
 */
export function paymentRows(calendar: PaymentCalendar, lang: Lang, execution?: Execution): TrancheValue[][] {
  const withStatus = showsTrancheStatus(execution);
  const tail = (value: TrancheValue): TrancheValue[] => (withStatus ? [value] : []);
  const rows: TrancheValue[][] = [];
  for (const m of calendar.months) {
    const month = monthText(m.month);
    for (const e of m.entries) {
      rows.push([
        text(month),
        { kind: "date", iso: e.date },
        text(e.contract),
        text(e.application),
        text(e.organization),
        { kind: "integer", value: e.tranche },
        { kind: "money", amount: e.amount },
        ...tail(text(e.status ? translate(lang, `execution.status.${e.status}`) : "")),
      ]);
    }
    rows.push([
      text(month),
      EMPTY,
      EMPTY,
      EMPTY,
      text(translate(lang, "execution.calendar.monthTotal", { month })),
      EMPTY,
      { kind: "money", amount: m.total },
      ...tail(EMPTY),
    ]);
  }
  if (calendar.months.length > 0) {
    rows.push([
      EMPTY,
      EMPTY,
      EMPTY,
      EMPTY,
      text(translate(lang, "execution.calendar.total")),
      EMPTY,
      { kind: "money", amount: calendar.total },
      ...tail(EMPTY),
    ]);
  }
  return rows;
}
