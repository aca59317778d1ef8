import { addDays, addMonths, daysBetween } from "./calendar";
import type { CalendarDate } from "./iso-date";

/**
 * A length in months as an exact fraction: `whole` months after the start, then `days` of the
 * `monthDays`-day month that follows (so 15 January → 29 February 2020 is 1 month + 14/31).
 * Kept as integers so that dividing a period into n equal parts never rounds before the last step.
 */
export interface MonthSpan {
  readonly whole: number;
  readonly days: number;
  readonly monthDays: number;
}

/**
 * The length of start..end in months. An end before the start counts as a zero-length period (a data
 * problem another rule reports; the schedule then falls on the start).
 */
export function monthsBetween(start: CalendarDate, end: CalendarDate): MonthSpan {
  if (daysBetween(start, end) <= 0) return { whole: 0, days: 0, monthDays: 1 };
  let whole = 0;
  while (daysBetween(addMonths(start, whole + 1), end) >= 0) whole += 1;
  const from = addMonths(start, whole);
  return { whole, days: daysBetween(from, end), monthDays: daysBetween(from, addMonths(start, whole + 1)) };
}

/**
 * The date `k / n` of `span` after `start`: the offset k·(whole + days/monthDays)/n months is split into
 * whole months (added with month-end clamping) and a fraction of the month that follows them, turned
 * into days rounded half-up. Integer arithmetic throughout, so k = n lands exactly on the end.
 */
export function fractionOfSpan(start: CalendarDate, span: MonthSpan, k: number, n: number): CalendarDate {
  // offset = k·(whole·monthDays + days) / (n·monthDays) months
  const numerator = k * (span.whole * span.monthDays + span.days);
  const denominator = n * span.monthDays;
  const wholeMonths = Math.floor(numerator / denominator);
  const rest = numerator - wholeMonths * denominator; // the fraction of a month is rest / denominator
  const from = addMonths(start, wholeMonths);
  const monthLength = daysBetween(from, addMonths(start, wholeMonths + 1));
  // round-half-up of rest·monthLength/denominator, in integers
  const days = Math.floor((2 * rest * monthLength + denominator) / (2 * denominator));
  return addDays(from, days);
}
