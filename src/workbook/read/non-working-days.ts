import type { Finding } from "../../core/model";
import type { TableRow } from "./rows";

/**
 * `non-working-days-other-year` (warning), at the first date of Программа table 3, when the table lists
 * days but none of them falls in a year of the program (from its start to its end, or its budget year):
 * typically a blank template made late in one year for the next, still holding this year's days off.
 * Tranche dates then miss every holiday. The days are still read as typed.
 */
export function nonWorkingDaysOtherYear(
  rows: readonly TableRow<"date" | "name">[],
  years: readonly number[],
): Finding[] {
  const dated = rows.flatMap((row) => {
    const date = row.text("date");
    return date === undefined ? [] : [{ date, year: Number(date.slice(0, 4)), cell: row.cell("date") }];
  });
  const first = dated[0];
  if (!first?.cell || years.length === 0 || dated.some((d) => years.includes(d.year))) return [];
  const listed = [...new Set(dated.map((d) => d.year))].sort((a, b) => a - b).join(", ");
  return [
    {
      rule: "non-working-days-other-year",
      severity: "warning",
      address: first.cell,
      message: "rules.non-working-days-other-year",
      params: { listed, years: [...new Set(years)].sort((a, b) => a - b).join(", "), first: first.date },
      actual: listed,
    },
  ];
}

/** The calendar years a program spans: from its start's year to its end's, and its budget year. */
export function programYears(year: unknown, start: unknown, end: unknown): number[] {
  const years = new Set<number>();
  if (typeof year === "number") years.add(year);
  const from = typeof start === "string" ? Number(start.slice(0, 4)) : NaN;
  const to = typeof end === "string" ? Number(end.slice(0, 4)) : NaN;
  if (Number.isInteger(from) && Number.isInteger(to))
    for (let y = from; y <= to && y - from < 10; y += 1) years.add(y);
  return [...years];
}
