import { formatIsoDate, fractionOfSpan, monthsBetween, offWeekend, parseIsoDate } from "../dates";
import type { IsoDate } from "../model";

/**
 * Dates of n tranches when none are given (WORKBOOK.md): tranche k of n falls k·(duration/n) months
 * after the start, moved off a weekend to the next Monday. Read literally, k runs 1..n, so the last
 * tranche falls on the end of the contract (or the Monday after, when the end is a weekend) and the
 * first one duration/n after the start, not on signing.
 *
 * Duration is counted in months as an exact fraction (whole months, then days of the following month),
 * and a fractional offset becomes days of the month it falls in, rounded half-up (see dates/).
 * Returns undefined when start or end is not a valid ISO date.
 */
export function defaultTrancheDates(start: IsoDate, end: IsoDate, n: number): IsoDate[] | undefined {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  if (!from || !to) return undefined;
  const span = monthsBetween(from, to);
  const dates: IsoDate[] = [];
  for (let k = 1; k <= n; k += 1) dates.push(formatIsoDate(offWeekend(fractionOfSpan(from, span, k, n))));
  return dates;
}
