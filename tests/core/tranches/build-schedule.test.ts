import Decimal from "decimal.js";
import fc from "fast-check";
import { parseIsoDate, weekday } from "../../../src/core/dates";
import { sumMoney } from "../../../src/core/money";
import { buildSchedule, type ScheduleRequest } from "../../../src/core/tranches";

const d = (v: string | number): Decimal => new Decimal(v);
const request = (
  over: Partial<ScheduleRequest> & Pick<ScheduleRequest, "amount" | "percents">,
): ScheduleRequest => ({
  unit: d("0.01"),
  start: "2019-03-15",
  end: "2019-11-30",
  ...over,
});

describe("buildSchedule", () => {
  it("50/30/20 of 250 000 over 15 March – 30 November 2019", () => {
    const { items, problem } = buildSchedule(request({ amount: d(250000), percents: [d(50), d(30), d(20)] }));
    expect(problem).toBeUndefined();
    // D = 260 days: the advance on Friday 15 March; the middle 130 days later, Tuesday 23 July; the last
    // on the end, Saturday 30 November, which moves back to Friday 29 November (Monday is after the end)
    expect(
      items.map((t) => [t.n, t.date, t.percent.toString(), t.amount.toFixed(2), t.cumulative.toFixed(2)]),
    ).toEqual([
      [1, "2019-03-15", "50", "125000.00", "125000.00"],
      [2, "2019-07-23", "30", "75000.00", "200000.00"],
      [3, "2019-11-29", "20", "50000.00", "250000.00"],
    ]);
    expect(items.map((t) => [t.condition, t.conditionParams])).toEqual([
      ["tranche-dates.condition.advance", undefined],
      ["tranche-dates.condition.after-report", { previous: 1 }],
      ["tranche-dates.condition.final-report", undefined],
    ]);
  });

  it("the conditions of four tranches name the report that releases each middle one", () => {
    const { items } = buildSchedule(request({ amount: d(1000), percents: [d(25), d(25), d(25), d(25)] }));
    expect(items.map((t) => [t.condition, t.conditionParams])).toEqual([
      ["tranche-dates.condition.advance", undefined],
      ["tranche-dates.condition.after-report", { previous: 1 }],
      ["tranche-dates.condition.after-report", { previous: 2 }],
      ["tranche-dates.condition.final-report", undefined],
    ]);
  });

  it("computed dates avoid the program's non-working days; given dates are not moved", () => {
    const holidays = ["2019-03-15", "2019-07-23"];
    const moved = buildSchedule(
      request({ amount: d(100), percents: [d(50), d(30), d(20)], nonWorkingDays: holidays }),
    );
    expect(moved.items.map((t) => t.date)).toEqual(["2019-03-18", "2019-07-24", "2019-11-29"]);
    const given = buildSchedule(
      request({
        amount: d(100),
        percents: [d(50), d(50)],
        nonWorkingDays: holidays,
        dates: ["2019-03-15", "2019-11-30"],
      }),
    );
    expect(given.items.map((t) => t.date)).toEqual(["2019-03-15", "2019-11-30"]);
  });

  it("the last tranche takes the remainder of half-up rounding", () => {
    const thirds = buildSchedule(request({ amount: d(100), percents: [d("33.33"), d("33.33"), d("33.34")] }));
    expect(thirds.items.map((t) => t.amount.toFixed(2))).toEqual(["33.33", "33.33", "33.34"]);
    // 1000.01 / 2 = 500.005 → 500.01 half-up at the tyiyn; last 500.00
    const tyiyn = buildSchedule(request({ amount: d("1000.01"), percents: [d(50), d(50)] }));
    expect(tyiyn.items.map((t) => t.amount.toFixed(2))).toEqual(["500.01", "500.00"]);
    // whole som: 1000.01 / 2 = 500.005 → 500; last 500.01
    const som = buildSchedule(request({ amount: d("1000.01"), percents: [d(50), d(50)], unit: d(1) }));
    expect(som.items.map((t) => t.amount.toFixed(2))).toEqual(["500.00", "500.01"]);
    const up = buildSchedule(request({ amount: d(1001), percents: [d(50), d(50)], unit: d(1) }));
    expect(up.items.map((t) => t.amount.toFixed(2))).toEqual(["501.00", "500.00"]);
  });

  it("never lets rounding up overdraw the amount (no negative tranche)", () => {
    // 1 som as 50/50/0 in whole som: 0.5 → 1, then 0.5 → 1 would leave −1 for the last
    const { items } = buildSchedule(request({ amount: d(1), percents: [d(50), d(50), d(0)], unit: d(1) }));
    expect(items.map((t) => t.amount.toFixed(0))).toEqual(["1", "0", "0"]);
  });

  it("percents that do not sum to 100: a problem and no items, never normalised", () => {
    expect(buildSchedule(request({ amount: d(100), percents: [d(50), d(40)] }))).toEqual({
      items: [],
      problem: { kind: "percent-sum", sum: d(90) },
    });
    expect(buildSchedule(request({ amount: d(100), percents: [] })).problem?.kind).toBe("percent-sum");
  });

  it("a single tranche of 100 % is the advance on the start of the contract", () => {
    const { items } = buildSchedule(
      request({ amount: d(5000), percents: [d(100)], start: "2019-01-01", end: "2019-06-28" }),
    );
    expect(items.map((t) => [t.date, t.amount.toFixed(2), t.condition])).toEqual([
      ["2019-01-01", "5000.00", "tranche-dates.condition.advance"],
    ]);
  });

  it("given dates are used as typed; a wrong count falls back to computed dates with a problem", () => {
    const given = buildSchedule(
      request({ amount: d(100), percents: [d(50), d(50)], dates: ["2019-03-16", "2019-10-01"] }),
    );
    expect(given.items.map((t) => t.date)).toEqual(["2019-03-16", "2019-10-01"]);
    expect(given.problem).toBeUndefined();
    const wrong = buildSchedule(request({ amount: d(100), percents: [d(50), d(50)], dates: ["2019-03-16"] }));
    expect(wrong.problem).toEqual({ kind: "date-count", expected: 2, actual: 1 });
    expect(wrong.items).toHaveLength(2);
    // An empty list of dates is no dates: the computed schedule, and no problem.
    const none = buildSchedule(request({ amount: d(100), percents: [d(50), d(50)], dates: [] }));
    const computed = buildSchedule(request({ amount: d(100), percents: [d(50), d(50)] }));
    expect(none.problem).toBeUndefined();
    expect(none.items.map((t) => t.date)).toEqual(computed.items.map((t) => t.date));
  });

  it("an unreadable period: a problem and no items", () => {
    expect(buildSchedule(request({ amount: d(100), percents: [d(100)], end: "2019-02-30" })).problem).toEqual(
      {
        kind: "bad-period",
      },
    );
  });

  it("property: sums exactly to the amount, no tranche negative, within the period, never on a weekend, in order", () => {
    const schemeArb = fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { maxLength: 5 }).map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 10000];
      return points.slice(1).map((p, i) => d(p - (points[i] ?? 0)).dividedBy(100));
    });
    const dayArb = fc.integer({ min: 0, max: 3000 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000 }),
        schemeArb,
        fc.constantFrom("0.01", "1"),
        dayArb,
        fc.integer({ min: 0, max: 800 }),
        (cents, percents, unitText, startDay, length) => {
          const amount = d(cents).dividedBy(100);
          const start = new Date(Date.UTC(2018, 0, 1 + startDay)).toISOString().slice(0, 10);
          const end = new Date(Date.UTC(2018, 0, 1 + startDay + length)).toISOString().slice(0, 10);
          const { items, problem } = buildSchedule({ amount, percents, unit: d(unitText), start, end });
          if (problem || items.length !== percents.length) return false;
          const last = items[items.length - 1];
          return (
            sumMoney(items.map((t) => t.amount)).equals(amount) &&
            last !== undefined &&
            last.cumulative.equals(amount) &&
            items.every((t) => !t.amount.isNegative()) &&
            items.every((t, i) => i === 0 || (items[i - 1]?.date ?? "") <= t.date) &&
            items.every((t) => {
              const date = parseIsoDate(t.date);
              // any three days in a row hold a working day, so no date stays on a weekend then
              const weekend = date === undefined || weekday(date) === 0 || weekday(date) === 6;
              return date !== undefined && (length < 2 || !weekend) && t.date >= start && t.date <= end;
            })
          );
        },
      ),
      { numRuns: 10000 },
    );
  });

  it("a period that is not a date gives no tranches at all", () => {
    const schedule = buildSchedule({
      amount: new Decimal(1000),
      percents: [new Decimal(100)],
      unit: new Decimal("0.01"),
      start: "2019-02-30",
      end: "2019-12-31",
    });
    expect(schedule).toEqual({ items: [], problem: { kind: "bad-period" } });
  });
});
