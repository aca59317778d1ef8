import fc from "fast-check";
import {
  addDays,
  formatIsoDate,
  isWorkingDay,
  parseIsoDate,
  type CalendarDate,
} from "../../../src/core/dates";
import { defaultTrancheDates } from "../../../src/core/tranches";

const HOLIDAYS_2019 = ["2019-01-01", "2019-01-07", "2019-03-08", "2019-03-21", "2019-05-01", "2019-05-09"];

describe("defaultTrancheDates", () => {
  it("50/30/20 over 1 March – 31 December 2019: the advance on the start, the middle halfway, the last on the end", () => {
    // D = 305 days; the middle is round_half_up(152.5) = 153 days after 1 March: Thursday 1 August
    expect(defaultTrancheDates("2019-03-01", "2019-12-31", 3)).toEqual([
      "2019-03-01",
      "2019-08-01",
      "2019-12-31",
    ]);
  });

  it("four tranches split the period in thirds, rounded half-up to whole days", () => {
    // 305 / 3 = 101.67 → 102 days (Tuesday 11 June), 203.33 → 203 days (Friday 20 September)
    expect(defaultTrancheDates("2019-03-01", "2019-12-31", 4)).toEqual([
      "2019-03-01",
      "2019-06-11",
      "2019-09-20",
      "2019-12-31",
    ]);
  });

  it("moves a date that falls on a weekend to the next working day", () => {
    // D = 298 days, the middle 149 days after 1 March: Sunday 28 July → Monday 29 July
    expect(defaultTrancheDates("2019-03-01", "2019-12-24", 3)).toEqual([
      "2019-03-01",
      "2019-07-29",
      "2019-12-24",
    ]);
  });

  it("moves a date that falls on a listed holiday to the next working day", () => {
    // D = 194 days, the middle 97 days after 1 February: Thursday 9 May (Victory Day) → Friday 10 May
    expect(defaultTrancheDates("2019-02-01", "2019-08-14", 3, HOLIDAYS_2019)).toEqual([
      "2019-02-01",
      "2019-05-10",
      "2019-08-14",
    ]);
    expect(defaultTrancheDates("2019-02-01", "2019-08-14", 3)?.[1]).toBe("2019-05-09");
    // An advance on New Year's Day goes out on Wednesday 2 January
    expect(defaultTrancheDates("2019-01-01", "2019-12-31", 2, HOLIDAYS_2019)).toEqual([
      "2019-01-02",
      "2019-12-31",
    ]);
  });

  it("moves the last date back when the next working day would fall after the end", () => {
    // 30 November 2019 is a Saturday; Monday 2 December is after the contract, so Friday 29 November
    expect(defaultTrancheDates("2019-03-15", "2019-11-30", 3)).toEqual([
      "2019-03-15",
      "2019-07-23",
      "2019-11-29",
    ]);
    // 31 December listed as a day off: back to Monday 30 December
    expect(defaultTrancheDates("2019-03-01", "2019-12-31", 2, ["2019-12-31"])).toEqual([
      "2019-03-01",
      "2019-12-30",
    ]);
  });

  it("a single tranche is the advance on the start", () => {
    expect(defaultTrancheDates("2019-01-01", "2019-06-28", 1)).toEqual(["2019-01-01"]);
    expect(defaultTrancheDates("2019-03-16", "2019-06-28", 1)).toEqual(["2019-03-18"]); // Saturday → Monday
  });

  it("a period without a working day keeps the dates; an end before the start pays on the start", () => {
    expect(defaultTrancheDates("2019-03-16", "2019-03-17", 2)).toEqual(["2019-03-16", "2019-03-17"]);
    expect(defaultTrancheDates("2019-05-01", "2019-04-01", 3)).toEqual([
      "2019-05-01",
      "2019-05-01",
      "2019-05-01",
    ]);
  });

  it("an unreadable start or end: undefined", () => {
    expect(defaultTrancheDates("2019-02-30", "2019-12-31", 2)).toBeUndefined();
    expect(defaultTrancheDates("2019-03-01", "31.12.2019", 2)).toBeUndefined();
  });
});

describe("defaultTrancheDates properties", () => {
  const day = (start: CalendarDate, offset: number): string => formatIsoDate(addDays(start, offset));
  const BASE = { year: 2018, month: 1, day: 1 };

  it("starts on the start (or the next working day), ends on or before the end, never on a day off, in order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 1, max: 8 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 800 }), { maxLength: 60 }),
        (startDay, length, n, holidayOffsets) => {
          const start = day(BASE, startDay);
          const end = day(BASE, startDay + length);
          const from = parseIsoDate(start) ?? BASE;
          const holidays = holidayOffsets.map((o) => day(from, o));
          const off = new Set(holidays);
          const dates = defaultTrancheDates(start, end, n, holidays) ?? [];
          const period = Array.from({ length: length + 1 }, (_, i) => addDays(from, i));
          const firstWorking = period.find((d) => isWorkingDay(d, off));
          expect(dates).toHaveLength(n);
          dates.forEach((date, i) => {
            expect(date >= start && date <= end).toBe(true);
            if (i > 0) expect(date >= (dates[i - 1] ?? "")).toBe(true);
          });
          const expectedFirst = firstWorking ? formatIsoDate(firstWorking) : start;
          expect(dates[0]).toBe(expectedFirst);
          const offDays = dates.filter((date) => !isWorkingDay(parseIsoDate(date) ?? from, off));
          expect(offDays).toEqual(firstWorking ? [] : dates);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
