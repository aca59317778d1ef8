import Decimal from "decimal.js";
import { sumMoney } from "../../../core/money";
import type { Execution, TrancheSchedule } from "../../../core/model";
import { translate, type Lang } from "../../../i18n";
import type { ChartSeriesLayout, WriteValue } from "../../port";
import { num } from "../cells";
import type { SheetBuilder } from "../sheet-builder";
import { PALETTE } from "./palette";
import { somText } from "./text";

/** A calendar longer than this shows only the months that have a tranche. */
export const MAX_MONTHS = 36;
export const CALENDAR_CHART_ROWS = 18;

/** One month of the calendar: what its tranches still need paid, and what was paid on them. */
export interface CalendarMonth {
  /** `2019-03` */
  readonly month: string;
  readonly unpaid: Decimal;
  readonly paid: Decimal;
}

/**
 * The tranches by the month of their date: unpaid (what the treasury still pays) and paid, from the
 * execution when Платежи or Отчёты has rows, else every tranche as still to pay. Every month from the
 * first to the last is a row (an empty month is a gap a person sees), unless there are more than
 * MAX_MONTHS of them.
 */
export function calendarMonths(
  schedules: readonly TrancheSchedule[],
  execution?: Execution,
): CalendarMonth[] {
  const items: { date: string; unpaid: Decimal; paid: Decimal }[] = execution?.present
    ? execution.contracts.flatMap((c) =>
        c.tranches.map((tr) => ({ date: tr.date, unpaid: tr.unpaid, paid: tr.paid })),
      )
    : schedules.flatMap((s) =>
        s.items.map((i) => ({ date: i.date, unpaid: i.amount, paid: new Decimal(0) })),
      );
  if (items.length === 0) return [];
  const byMonth = new Map<string, { unpaid: Decimal[]; paid: Decimal[] }>();
  for (const item of items) {
    const month = item.date.slice(0, 7);
    const sums = byMonth.get(month) ?? { unpaid: [], paid: [] };
    sums.unpaid.push(item.unpaid);
    sums.paid.push(item.paid);
    byMonth.set(month, sums);
  }
  const present = [...byMonth.keys()].sort();
  const months: string[] = [];
  const [firstMonth = "", lastMonth = ""] = [present[0], present[present.length - 1]];
  let year = Number(firstMonth.slice(0, 4));
  let month = Number(firstMonth.slice(5, 7));
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= lastMonth || months.length > MAX_MONTHS) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  const keys = months.length > MAX_MONTHS ? present : months;
  return keys.map((key) => {
    const sums = byMonth.get(key);
    return { month: key, unpaid: sumMoney(sums?.unpaid ?? []), paid: sumMoney(sums?.paid ?? []) };
  });
}

/** `03.2019` in Russian and Kyrgyz, `2019-03` in English: how the reader writes a month. */
export function monthLabel(month: string, lang: Lang): string {
  return lang === "en" ? month : `${month.slice(5, 7)}.${month.slice(0, 4)}`;
}

/**
 * Below the Транши table: the payment calendar, a block of one row per month (the month; what is
 * still to pay on the tranches dated in it; what was paid on them, when execution is present) and a
 * stacked column chart of it.
 */
export function calendarChart(
  sheet: SheetBuilder,
  schedules: readonly TrancheSchedule[],
  execution: Execution | undefined,
  context: { readonly columns: { readonly unpaid: number; readonly paid: number }; readonly lang: Lang },
): void {
  const months = calendarMonths(schedules, execution);
  if (months.length === 0) return;
  const { columns, lang } = context;
  const t = (key: string, params?: Readonly<Record<string, string | number>>): string =>
    translate(lang, key, params);
  const withPaid = execution?.present === true;
  const lastCol = Math.max(columns.unpaid, withPaid ? columns.paid : 0);
  const header: string[] = Array.from({ length: lastCol }, () => "");
  header[0] = t("chart.calendar.month");
  header[columns.unpaid - 1] = t("chart.calendar.unpaid");
  if (withPaid) header[columns.paid - 1] = t("chart.calendar.paid");
  const rows = months.map((m): WriteValue[] => {
    const row: WriteValue[] = Array.from({ length: lastCol }, () => null);
    row[0] = monthLabel(m.month, lang);
    row[columns.unpaid - 1] = num(m.unpaid);
    if (withPaid) row[columns.paid - 1] = num(m.paid);
    return row;
  });

  sheet.blank();
  sheet.chartSection();
  sheet.title(t("chart.section"));
  // The chart first, then the cells it draws: the block starts below the chart and an empty row.
  const first = sheet.nextRow + CALENDAR_CHART_ROWS + 2;
  const last = first + rows.length - 1;
  const column = (col: number) => ({ firstRow: first, lastRow: last, firstCol: col, lastCol: col });
  // Paid at the bottom of each column, what is still to pay on top of it.
  const series: ChartSeriesLayout[] = [
    ...(withPaid
      ? [{ name: t("chart.calendar.paid"), values: column(columns.paid), color: PALETTE.blue }]
      : []),
    { name: t("chart.calendar.unpaid"), values: column(columns.unpaid), color: PALETTE.orange },
  ];
  const unpaid = sumMoney(months.map((m) => m.unpaid));
  const busiest = [...months].sort((a, b) => b.unpaid.comparedTo(a.unpaid))[0] as CalendarMonth;
  sheet.chart(
    {
      kind: "stacked-column",
      title: t("chart.calendar.title"),
      altText: t("chart.calendar.alt", {
        unpaid: somText(unpaid, lang),
        from: monthLabel((months[0] as CalendarMonth).month, lang),
        to: monthLabel((months[months.length - 1] as CalendarMonth).month, lang),
        month: monthLabel(busiest.month, lang),
        amount: somText(busiest.unpaid, lang),
      }),
      categories: column(1),
      series,
      categoryAxisTitle: t("chart.calendar.month"),
      valueAxisTitle: t("chart.axis.som"),
      numberFormat: "#,##0",
      dataLabels: months.length <= 12,
    },
    CALENDAR_CHART_ROWS,
  );
  sheet.blank();
  if (sheet.block(header, rows, t("output.noData")) !== first)
    throw new Error("the chart's block is not where the chart points");
}
