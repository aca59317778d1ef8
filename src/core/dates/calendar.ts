import { daysInMonth, fromDayNumber, toDayNumber, type CalendarDate } from "./iso-date";

/**
 * The same day `months` whole months later, clamped to the month's end (31 January + 1 month =
 * 28/29 February), as people count contract months.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(toDayNumber(date) * 86_400_000).getUTCDay();
}
