import {
  addDays,
  addMonths,
  daysBetween,
  formatIsoDate,
  parseIsoDate,
  weekday,
  type CalendarDate,
} from "../../../src/core/dates";

const date = (iso: string): CalendarDate => {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`bad test date ${iso}`);
  return parsed;
};
const iso = formatIsoDate;

describe("ISO dates", () => {
  it("parses valid dates and refuses impossible or malformed ones", () => {
    expect(parseIsoDate("2020-02-29")).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseIsoDate("2019-02-29")).toBeUndefined();
    expect(parseIsoDate("2019-13-01")).toBeUndefined();
    // Date.UTC would read month 0 as December of the year before and day 0 as the month's last day.
    expect(parseIsoDate("2019-00-15")).toBeUndefined();
    expect(parseIsoDate("2019-03-00")).toBeUndefined();
    expect(parseIsoDate("2019-12-31")).toEqual({ year: 2019, month: 12, day: 31 });
    expect(parseIsoDate("01.03.2019")).toBeUndefined();
  });
});

describe("addMonths", () => {
  it("clamps to the end of a shorter month", () => {
    expect(iso(addMonths(date("2019-01-31"), 1))).toBe("2019-02-28");
    expect(iso(addMonths(date("2020-01-31"), 1))).toBe("2020-02-29");
    expect(iso(addMonths(date("2019-01-31"), 3))).toBe("2019-04-30");
  });

  it("crosses years both ways", () => {
    expect(iso(addMonths(date("2019-11-15"), 3))).toBe("2020-02-15");
    expect(iso(addMonths(date("2019-02-15"), -3))).toBe("2018-11-15");
  });
});

describe("addDays / daysBetween / weekday", () => {
  it("counts days across months and years in UTC", () => {
    expect(iso(addDays(date("2019-02-28"), 1))).toBe("2019-03-01");
    expect(iso(addDays(date("2019-12-31"), 1))).toBe("2020-01-01");
    expect(daysBetween(date("2019-03-01"), date("2019-12-31"))).toBe(305);
    expect(daysBetween(date("2019-12-31"), date("2019-03-01"))).toBe(-305);
  });

  it("knows the day of the week (0 Sunday … 6 Saturday)", () => {
    expect(weekday(date("2019-03-16"))).toBe(6);
    expect(weekday(date("2019-03-17"))).toBe(0);
    expect(weekday(date("2019-03-18"))).toBe(1);
  });
});
