import {
  addMonths,
  formatIsoDate,
  fractionOfSpan,
  monthsBetween,
  offWeekend,
  parseIsoDate,
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

describe("offWeekend", () => {
  it("moves Saturday and Sunday to Monday and keeps weekdays", () => {
    expect(iso(offWeekend(date("2019-03-16")))).toBe("2019-03-18"); // Saturday
    expect(iso(offWeekend(date("2019-03-17")))).toBe("2019-03-18"); // Sunday
    expect(iso(offWeekend(date("2019-03-15")))).toBe("2019-03-15"); // Friday
  });
});

describe("monthsBetween / fractionOfSpan", () => {
  it("counts whole months and the days of the month after them", () => {
    expect(monthsBetween(date("2019-01-01"), date("2019-12-31"))).toEqual({
      whole: 11,
      days: 30,
      monthDays: 31,
    });
    expect(monthsBetween(date("2019-03-15"), date("2019-11-30"))).toEqual({
      whole: 8,
      days: 15,
      monthDays: 30,
    });
    expect(monthsBetween(date("2019-05-01"), date("2019-04-01"))).toEqual({
      whole: 0,
      days: 0,
      monthDays: 1,
    });
  });

  it("puts k = n exactly on the end and halves of a 12-month span on whole months", () => {
    const start = date("2019-01-01");
    const span = monthsBetween(start, date("2020-01-01"));
    expect(span).toEqual({ whole: 12, days: 0, monthDays: 31 });
    expect(iso(fractionOfSpan(start, span, 1, 2))).toBe("2019-07-01");
    expect(iso(fractionOfSpan(start, span, 2, 2))).toBe("2020-01-01");
    expect(iso(fractionOfSpan(start, span, 1, 3))).toBe("2019-05-01");
  });

  it("turns a fraction of a month into days of that month, rounded half-up", () => {
    // 2019-03-01 .. 2019-04-01 is one month; half of it is 15.5 days of March → 16 days → 2019-03-17
    const start = date("2019-03-01");
    const span = monthsBetween(start, date("2019-04-01"));
    expect(iso(fractionOfSpan(start, span, 1, 2))).toBe("2019-03-17");
  });
});
