import {
  formatIsoDate,
  isWorkingDay,
  parseIsoDate,
  toWorkingDay,
  type CalendarDate,
} from "../../../src/core/dates";

const date = (iso: string): CalendarDate => {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`bad test date ${iso}`);
  return parsed;
};
const NONE = new Set<string>();

describe("isWorkingDay", () => {
  it("takes Saturdays, Sundays and listed days off as days off", () => {
    expect(isWorkingDay(date("2019-03-15"), NONE)).toBe(true); // Friday
    expect(isWorkingDay(date("2019-03-16"), NONE)).toBe(false); // Saturday
    expect(isWorkingDay(date("2019-03-17"), NONE)).toBe(false); // Sunday
    expect(isWorkingDay(date("2019-03-21"), new Set(["2019-03-21"]))).toBe(false); // Nooruz, Thursday
  });
});

describe("toWorkingDay", () => {
  const move = (d: string, first: string, last: string, off: readonly string[] = []): string =>
    formatIsoDate(toWorkingDay(date(d), date(first), date(last), new Set(off)));

  it("keeps a working day", () => {
    expect(move("2019-03-15", "2019-03-01", "2019-12-31")).toBe("2019-03-15");
  });

  it("moves a weekend or a holiday to the next working day", () => {
    expect(move("2019-03-16", "2019-03-01", "2019-12-31")).toBe("2019-03-18");
    // 8 March 2019 is a Friday holiday: the next working day is Monday 11 March
    expect(move("2019-03-08", "2019-03-01", "2019-12-31", ["2019-03-08"])).toBe("2019-03-11");
  });

  it("moves back when the next working day would fall after the end", () => {
    // Sunday 29 December 2019 at the end of the period: back to Friday 27
    expect(move("2019-12-29", "2019-03-01", "2019-12-29")).toBe("2019-12-27");
    // Friday 27 listed as well: back to Thursday 26
    expect(move("2019-12-29", "2019-03-01", "2019-12-29", ["2019-12-27"])).toBe("2019-12-26");
  });

  it("may land on the last or the first day of the period itself", () => {
    // Saturday 1 June 2019, the period ends on Monday 3 June: Monday.
    expect(move("2019-06-01", "2019-06-01", "2019-06-03")).toBe("2019-06-03");
    // Sunday 2 June, the period from Friday 31 May to Sunday 2 June: back to Friday, its first day.
    expect(move("2019-06-02", "2019-05-31", "2019-06-02")).toBe("2019-05-31");
  });

  it("leaves the date where it is when the period has no working day", () => {
    expect(move("2019-03-16", "2019-03-16", "2019-03-17")).toBe("2019-03-16");
  });
});
