import { addDays, daysBetween, formatIsoDate, parseIsoDate, toWorkingDay } from "../dates";
import type { IsoDate } from "../model";

/**
 * Dates of n tranches when none are given (WORKBOOK.md, Rules of calculation): with the contract running
 * from its start S to its end E (D days), n = 1 pays on S; otherwise tranche k (1..n) falls on
 * S + round_half_up((k−1)·D/(n−1)) days: the first on S (the advance), the last on E (after the final
 * report), the others evenly between. A date on a weekend or a listed non-working day moves to the next
 * working day, or to the previous one when the next would fall after E.
 *
 * Integer arithmetic throughout, so the last tranche lands exactly on E. An end before the start counts as
 * a one-day period on the start (a data problem another rule reports). Returns undefined when start or
 * end is not a valid ISO date.
 */
export function defaultTrancheDates(
  start: IsoDate,
  end: IsoDate,
  n: number,
  nonWorkingDays: readonly IsoDate[] = [],
): IsoDate[] | undefined {
  const from = parseIsoDate(start);
  const until = parseIsoDate(end);
  if (!from || !until) return undefined;
  const days = Math.max(0, daysBetween(from, until));
  const to = addDays(from, days);
  const holidays = new Set(nonWorkingDays);
  const dates: IsoDate[] = [];
  for (let k = 1; k <= n; k += 1) {
    // round_half_up((k−1)·D/(n−1)) = ⌊(2(k−1)·D + (n−1)) / (2(n−1))⌋; a single tranche pays on S.
    const offset = n === 1 ? 0 : Math.floor((2 * (k - 1) * days + (n - 1)) / (2 * (n - 1)));
    dates.push(formatIsoDate(toWorkingDay(addDays(from, offset), from, to, holidays)));
  }
  return dates;
}
