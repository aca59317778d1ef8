import Decimal from "decimal.js";
import fc from "fast-check";
import { paymentCalendar } from "../../../src/core/execution/calendar";
import type {
  ContractExecution,
  Execution,
  TrancheExecution,
  TrancheSchedule,
  TrancheStatus,
} from "../../../src/core/model";

const d = (v: string | number): Decimal => new Decimal(v);

function schedule(contract: string, items: [string, string][]): TrancheSchedule {
  let cumulative = d(0);
  return {
    contract,
    application: `A-${contract}`,
    organization: `ОО ${contract}`,
    amount: items.reduce((s, [, a]) => s.plus(a), d(0)),
    items: items.map(([date, amount], i) => {
      cumulative = cumulative.plus(amount);
      return { n: i + 1, date, percent: d(50), amount: d(amount), cumulative, condition: "x" };
    }),
  };
}

function executed(s: TrancheSchedule, paid: string[], statuses: TrancheStatus[]): ContractExecution {
  const tranches: TrancheExecution[] = s.items.map((t, i) => {
    const p = d(paid[i] ?? 0);
    return {
      n: t.n,
      date: t.date,
      amount: t.amount,
      paid: p,
      unpaid: Decimal.max(t.amount.minus(p), 0),
      status: statuses[i] ?? "planned",
    };
  });
  const zero = { planned: d(0), delivered: d(0) };
  return {
    contract: s.contract,
    application: s.application,
    organization: s.organization,
    grant: s.amount,
    paid: tranches.reduce((a, t) => a.plus(t.paid), d(0)),
    spent: d(0),
    balance: d(0),
    tranches,
    lines: [],
    delivered: { grant: zero, localBudget: zero, community: zero, ngo: zero, other: zero },
    toReturn: d(0),
    address: { sheet: "Договоры", row: 2, col: 1 },
  };
}

const s1 = schedule("Д-1", [
  ["2019-03-01", "75000.00"],
  ["2019-06-03", "75000.00"],
]);
const s2 = schedule("Д-2", [
  ["2019-03-15", "40000.50"],
  ["2019-03-01", "10000.00"],
  ["2019-09-02", "49999.50"],
]);

describe("the payment calendar", () => {
  it("without execution lists every tranche of every schedule by date, with month totals", () => {
    const cal = paymentCalendar([s1, s2]);
    expect(cal.months.map((m) => [m.month, m.total.toFixed(2)])).toEqual([
      ["2019-03", "125000.50"],
      ["2019-06", "75000.00"],
      ["2019-09", "49999.50"],
    ]);
    expect(cal.months[0]?.entries.map((e) => `${e.contract}/${e.tranche} ${e.date}`)).toEqual([
      "Д-1/1 2019-03-01",
      "Д-2/2 2019-03-01",
      "Д-2/1 2019-03-15",
    ]);
    expect(cal.total.toFixed(2)).toBe("250000.00");
    expect(cal.count).toBe(5);
    expect(cal.months[0]?.entries[0]?.status).toBeUndefined();
  });

  it("with execution lists only the unpaid remainders, with their status and the contract's row", () => {
    const execution: Execution = {
      present: true,
      paymentsPresent: true,
      contracts: [executed(s1, ["75000", "25000.25"], ["paid", "overdue"])],
    };
    const cal = paymentCalendar([s1, s2], execution);
    const d1 = cal.months.flatMap((m) => m.entries).filter((e) => e.contract === "Д-1");
    expect(d1).toEqual([
      {
        contract: "Д-1",
        application: "A-Д-1",
        organization: "ОО Д-1",
        tranche: 2,
        date: "2019-06-03",
        amount: d("49999.75"),
        status: "overdue",
        address: { sheet: "Договоры", row: 2, col: 1 },
      },
    ]);
    // Д-2 has no execution: its schedule, all of it.
    expect(cal.total.toFixed(2)).toBe("149999.75");
    expect(cal.months.map((m) => m.month)).toEqual(["2019-03", "2019-06", "2019-09"]);
  });

  it("orders by date whichever way the schedules run, and keeps their order on the same date", () => {
    const down = schedule("Д-3", [
      ["2019-05-01", "1"],
      ["2019-04-01", "2"],
      ["2019-03-01", "3"],
      ["2019-04-01", "4"],
    ]);
    const up = schedule("Д-4", [
      ["2019-03-01", "5"],
      ["2019-06-01", "6"],
    ]);
    const order = (cal: ReturnType<typeof paymentCalendar>) =>
      cal.months.flatMap((m) => m.entries.map((e) => `${e.contract}/${e.tranche}`));
    expect(order(paymentCalendar([down, up]))).toEqual([
      "Д-3/3",
      "Д-4/1",
      "Д-3/2",
      "Д-3/4",
      "Д-3/1",
      "Д-4/2",
    ]);
    expect(order(paymentCalendar([up, down]))).toEqual([
      "Д-4/1",
      "Д-3/3",
      "Д-3/2",
      "Д-3/4",
      "Д-3/1",
      "Д-4/2",
    ]);
  });

  it("lists an executed contract that has no schedule after the schedules' own", () => {
    const execution: Execution = {
      present: true,
      paymentsPresent: true,
      contracts: [executed(s1, ["0"], ["due"])],
    };
    const cal = paymentCalendar([s2], execution);
    expect(cal.months.flatMap((m) => m.entries.map((e) => `${e.contract}/${e.tranche}`))).toEqual([
      "Д-2/2",
      "Д-1/1", // the same date as Д-2/2, after it: Д-1 has no schedule in the list
      "Д-2/1",
      "Д-1/2",
      "Д-2/3",
    ]);
  });

  it("leaves out a tranche of nothing", () => {
    const cal = paymentCalendar([
      schedule("Д-5", [
        ["2019-03-01", "0"],
        ["2019-04-01", "7"],
      ]),
    ]);
    expect(cal.count).toBe(1);
    expect(cal.total.toFixed(2)).toBe("7.00");
  });

  it("ignores an execution that is not present", () => {
    const execution: Execution = {
      present: false,
      paymentsPresent: false,
      contracts: [executed(s1, ["75000"], ["paid"])],
    };
    expect(paymentCalendar([s1], execution).total.toFixed(2)).toBe("150000.00");
  });

  it("is empty when everything is paid", () => {
    const execution: Execution = {
      present: true,
      paymentsPresent: true,
      contracts: [executed(s1, ["75000", "75000"], ["paid", "paid"])],
    };
    expect(paymentCalendar([s1], execution)).toEqual({ months: [], total: d(0), count: 0 });
  });
});

/** A schedule of 1–5 tranches in cents, with dates over two years, and what was paid on each. */
const contractArb = fc.array(
  fc.record({
    cents: fc.integer({ min: 1, max: 500_000_000 }),
    paidCents: fc.integer({ min: 0, max: 600_000_000 }),
    day: fc.integer({ min: 0, max: 730 }),
  }),
  { minLength: 1, maxLength: 5 },
);

function iso(day: number): string {
  return new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

describe("the payment calendar's totals (property)", () => {
  it("equal every schedule's unpaid remainder, month by month and in all", () => {
    fc.assert(
      fc.property(
        fc.array(contractArb, { minLength: 0, maxLength: 8 }),
        fc.boolean(),
        (contracts, withExec) => {
          const schedules = contracts.map((items, c) =>
            schedule(
              `Д-${c}`,
              items.map((t): [string, string] => [iso(t.day), d(t.cents).div(100).toFixed(2)]),
            ),
          );
          const execution: Execution = {
            present: true,
            paymentsPresent: true,
            contracts: schedules.map((s, c) =>
              executed(
                s,
                (contracts[c] ?? []).map((t) => d(t.paidCents).div(100).toFixed(2)),
                [],
              ),
            ),
          };
          const cal = paymentCalendar(schedules, withExec ? execution : undefined);
          const expected = withExec
            ? execution.contracts.flatMap((c) => c.tranches.map((t) => t.unpaid))
            : schedules.flatMap((s) => s.items.map((t) => t.amount));
          const sum = expected.reduce((a, b) => a.plus(b), d(0));
          expect(cal.total.toFixed(2)).toBe(sum.toFixed(2));
          expect(cal.count).toBe(expected.filter((a) => a.gt(0)).length);
          const monthSum = cal.months.reduce((a, m) => a.plus(m.total), d(0));
          expect(monthSum.eq(cal.total)).toBe(true);
          for (const m of cal.months) {
            expect(m.total.eq(m.entries.reduce((a, e) => a.plus(e.amount), d(0)))).toBe(true);
            for (const e of m.entries) expect(e.date.slice(0, 7)).toBe(m.month);
          }
          const dates = cal.months.flatMap((m) => m.entries.map((e) => e.date));
          expect([...dates].sort()).toEqual(dates);
        },
      ),
      { numRuns: 300 },
    );
  });
});
