import type { IsoDate } from "../model";
import { addDays, weekday } from "./calendar";
import { formatIsoDate, toDayNumber, type CalendarDate } from "./iso-date";

/** Saturdays and Sundays are days off; so is every listed non-working day. */
export function isWorkingDay(date: CalendarDate, nonWorking: ReadonlySet<IsoDate>): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !nonWorking.has(formatIsoDate(date));
}

/** The first working day from `date` on (`step` 1) or back (`step` −1), not past `limit`; none: undefined. */
function nearestWorkingDay(
  date: CalendarDate,
  step: 1 | -1,
  limit: CalendarDate,
  nonWorking: ReadonlySet<IsoDate>,
): CalendarDate | undefined {
  const last = toDayNumber(limit);
  // Stryker disable next-line ArithmeticOperator: step is ±1, so "step / x" has the sign of "step * x".
  for (let d = date; step * (last - toDayNumber(d)) >= 0; d = addDays(d, step)) {
    if (isWorkingDay(d, nonWorking)) return d;
  }
  return undefined;
}

/**
 * A payment date inside `first..last`: a working day stays; a day off moves to the next working day, or,
 * when that would fall after `last`, to the previous working day. A period without any working day
 * leaves the date where it is.
 */
export function toWorkingDay(
  date: CalendarDate,
  first: CalendarDate,
  last: CalendarDate,
  nonWorking: ReadonlySet<IsoDate>,
): CalendarDate {
  return (
    nearestWorkingDay(date, 1, last, nonWorking) ?? nearestWorkingDay(date, -1, first, nonWorking) ?? date
  );
}
