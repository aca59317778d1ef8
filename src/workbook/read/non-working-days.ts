import type { Finding, IsoDate } from "../../core/model";
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
  const dated = rows.filter((row) => row.text("date") !== undefined);
  const first = dated[0];
  const address = first?.cell("date");
  if (!first || !address || years.length === 0) return [];
  const inProgram = (date: IsoDate): boolean => years.includes(Number(date.slice(0, 4)));
  if (dated.some((row) => inProgram(row.text("date") ?? ""))) return [];
  const listed = [...new Set(dated.map((row) => (row.text("date") ?? "").slice(0, 4)))].sort();
  return [
    {
      rule: "non-working-days-other-year",
      severity: "warning",
      address,
      message: "rules.non-working-days-other-year",
      params: {
        listed: listed.join(", "),
        years: [...new Set(years)].sort((a, b) => a - b).join(", "),
        first: first.text("date") ?? "",
      },
      actual: listed.join(", "),
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
