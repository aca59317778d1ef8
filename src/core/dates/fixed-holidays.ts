import type { IsoDate } from "../model";
import { formatIsoDate } from "./iso-date";

/** A fixed public holiday (or day off) of Kyrgyzstan; `name` is a message key of its name. */
export interface FixedNonWorkingDay {
  readonly date: IsoDate;
  readonly name: string;
}

const KEY = "tranche-dates.holiday.";

/** Month, day and name of each day off, as the Labour Code lists them. */
type Entry = readonly [month: number, day: number, name: string];

/** Labour Code in force from 2025: the New Year week, and the May days from 1 to 9 in one block. */
const FROM_2025: readonly Entry[] = [
  [1, 1, "new-year"],
  [1, 2, "new-year-holidays"],
  [1, 3, "new-year-holidays"],
  [1, 4, "new-year-holidays"],
  [1, 5, "new-year-holidays"],
  [1, 6, "new-year-holidays"],
  [1, 7, "christmas"],
  [3, 8, "womens-day"],
  [3, 21, "nooruz"],
  [5, 1, "labour-day"],
  [5, 2, "may-holidays"],
  [5, 3, "may-holidays"],
  [5, 4, "may-holidays"],
  [5, 5, "constitution-day"],
  [5, 6, "may-holidays"],
  [5, 7, "may-holidays"],
  [5, 8, "may-holidays"],
  [5, 9, "victory-day"],
  [8, 31, "independence-day"],
];

/** Labour Code in force up to 2024. */
const UP_TO_2024: readonly Entry[] = [
  [1, 1, "new-year"],
  [1, 7, "christmas"],
  [2, 23, "defenders-day"],
  [3, 8, "womens-day"],
  [3, 21, "nooruz"],
  [4, 7, "april-revolution"],
  [5, 1, "labour-day"],
  [5, 5, "constitution-day"],
  [5, 9, "victory-day"],
  [8, 31, "independence-day"],
  [11, 7, "history-days"],
  [11, 8, "history-days"],
];

/**
 * The fixed non-working days of Kyrgyzstan in `year` under the Labour Code in force that year (WORKBOOK.md,
 * Программа table 3), in date order. The lunar holidays (Орозо айт, Курман айт) and days the government
 * moves are not fixed: people add them.
 */
export function fixedNonWorkingDays(year: number): readonly FixedNonWorkingDay[] {
  return (year >= 2025 ? FROM_2025 : UP_TO_2024).map(([month, day, name]) => ({
    date: formatIsoDate({ year, month, day }),
    name: KEY + name,
  }));
}
