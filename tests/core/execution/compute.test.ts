import { analyze } from "../../../src/core/analyze";
import { formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from "../../../src/core/dates";
import { computeExecution } from "../../../src/core/execution";
import type { ContractExecution, Execution } from "../../../src/core/model";
import { buildInput } from "../../support/build-input";
import { cleanYear, schedulesOf, withExecution, type ExecutionSpec } from "../../support/build-execution";

const BASE = buildInput();
const SCHEDULES = schedulesOf(BASE);
/** Д-01: 100 000 som, 50/30/20 → 50 000, 30 000, 20 000. */
const D01 = SCHEDULES[0];
if (!D01) throw new Error("the default input has contracts");
const [T1, T2, T3] = D01.items;
if (!T1 || !T2 || !T3) throw new Error("Д-01 has three tranches");

function shift(date: string, days: number): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new Error(date);
  return formatIsoDate(fromDayNumber(toDayNumber(parsed) + days));
}
const dayBefore = (date: string): string => shift(date, -1);
const dayAfter = (date: string): string => shift(date, 1);

function run(spec: ExecutionSpec, asOf?: string): Execution {
  const input = withExecution(BASE, spec);
  return computeExecution(input, SCHEDULES, asOf ?? input.program.asOf);
}

function d01(execution: Execution): ContractExecution {
  const found = execution.contracts.find((c) => c.contract === "Д-01");
  if (!found) throw new Error("Д-01 missing");
  return found;
}

const ADVANCE = { contract: "Д-01", tranche: 1, date: "2019-03-20", amount: "50000" };
const staff = (grant: string, accepted = "2019-06-01", tranche = 1) =>
  ({ contract: "Д-01", tranche, category: "staff", grant, accepted }) as const;

describe("computeExecution", () => {
  it("is not present, but computed, without payments or reports", () => {
    const execution = run({});
    expect(execution.present).toBe(false);
    expect(execution.contracts.map((c) => c.contract)).toEqual(["Д-01", "Д-02", "Д-03", "Д-04"]);
    expect(d01(execution).paid.toFixed(2)).toBe("0.00");
    expect(d01(execution).nextTranche).toMatchObject({ n: 1, releasable: true, blockedBy: [] });
    expect(analyze(BASE).execution?.present).toBe(false);
  });

  it("sums paid and spent (the grant of accepted reports only), balance and share spent", () => {
    const c = d01(
      run({
        payments: [ADVANCE],
        reports: [
          staff("20000"),
          {
            contract: "Д-01",
            tranche: 1,
            category: "equipment",
            grant: "10000.50",
            ngo: "3000",
            accepted: "2019-06-01",
          },
          { contract: "Д-01", tranche: 1, category: "equipment", grant: "9999" },
        ],
      }),
    );
    expect([c.grant, c.paid, c.spent, c.balance, c.spentPct].map((d) => d?.toFixed(2))).toEqual([
      "100000.00",
      "50000.00",
      "30000.50",
      "19999.50",
      "60.00",
    ]);
    expect(c.delivered.ngo.delivered.toFixed(2)).toBe("3000.00");
    expect(c.delivered.ngo.planned.toFixed(2)).toBe("10000.00");
    expect(c.delivered.grant.planned.toFixed(2)).toBe("100000.00");
    expect(c.address).toEqual({ sheet: "Договоры", row: 2, col: 2 });
  });

  it("gives each tranche paid, unpaid and status; the first not paid in full is next", () => {
    const c = d01(
      run({ payments: [ADVANCE, { ...ADVANCE, tranche: 2, amount: "10000", date: "2019-07-01" }] }),
    );
    expect(c.tranches.map((t) => [t.n, t.paid.toFixed(2), t.unpaid.toFixed(2), t.status])).toEqual([
      [1, "50000.00", "0.00", "paid"],
      [2, "10000.00", "20000.00", "planned"],
      [3, "0.00", "20000.00", "planned"],
    ]);
    expect(c.nextTranche).toMatchObject({
      n: 2,
      date: T2.date,
      releasable: false,
      blockedBy: ["reports-missing"],
    });
    expect(c.nextTranche?.amount.toFixed(2)).toBe("20000.00");
  });

  it("releases the next tranche at exactly the threshold of the grant paid so far, not a tyiyn below", () => {
    const at = d01(run({ payments: [ADVANCE], reports: [staff("37500")] }));
    expect(at.nextTranche).toMatchObject({ n: 2, releasable: true, blockedBy: [] });
    expect(at.tranches[1]?.status).toBe("due");
    const below = d01(run({ payments: [ADVANCE], reports: [staff("37499.99")] }));
    expect(below.nextTranche).toMatchObject({ releasable: false, blockedBy: ["spent-below-threshold"] });
    expect(below.tranches[1]?.status).toBe("planned");
  });

  it("uses Порог освоения from the program", () => {
    const c = d01(run({ payments: [ADVANCE], reports: [staff("30000")], releaseThresholdPct: "60" }));
    expect(c.nextTranche?.releasable).toBe(true);
  });

  it("counts a report from its acceptance: not accepted, or accepted after На дату, does not release", () => {
    const report = { contract: "Д-01", tranche: 1, category: "staff", grant: "50000" } as const;
    expect(d01(run({ payments: [ADVANCE], reports: [report] })).nextTranche?.blockedBy).toEqual([
      "reports-missing",
    ]);
    const late = run({
      payments: [ADVANCE],
      reports: [{ ...report, accepted: "2019-10-01" }],
      asOf: "2019-09-30",
    });
    expect(d01(late).spent.toFixed(2)).toBe("0.00");
  });

  it("with На дату: a date not come blocks; a date passed unpaid is overdue, on the day itself due", () => {
    const spec = { payments: [ADVANCE], reports: [staff("40000", ADVANCE.date)] };
    const before = d01(run({ ...spec, asOf: dayBefore(T2.date) }));
    expect(before.nextTranche).toMatchObject({ n: 2, releasable: false, blockedBy: ["date-not-come"] });
    expect(before.tranches[1]?.status).toBe("planned");
    const onTheDay = d01(run({ ...spec, asOf: T2.date }));
    expect(onTheDay.tranches.map((t) => t.status)).toEqual(["paid", "due", "planned"]);
    expect(onTheDay.nextTranche?.releasable).toBe(true);
    const after = d01(run({ ...spec, asOf: dayAfter(T2.date) }));
    expect(after.tranches[1]?.status).toBe("overdue");
    // On its date a tranche is due even behind an overdue one.
    expect(d01(run({ ...spec, asOf: T3.date })).tranches.map((t) => t.status)).toEqual([
      "paid",
      "overdue",
      "due",
    ]);
  });

  it("compares each budget line's grant spent with Смета, with the tolerance exactly at 15 % not over", () => {
    // Д-01's staff line: 40 000 approved; 15 % is 6 000.
    const at = d01(
      run({ payments: [ADVANCE, { ...ADVANCE, tranche: 2, amount: "30000" }], reports: [staff("46000")] }),
    );
    const line = at.lines.find((l) => l.category === "staff");
    expect(
      [line?.approved, line?.spent, line?.deviation, line?.deviationPct].map((d) => d?.toFixed(2)),
    ).toEqual(["40000.00", "46000.00", "6000.00", "15.00"]);
    expect(line?.overTolerance).toBe(false);
    const over = d01(
      run({ payments: [ADVANCE, { ...ADVANCE, tranche: 2, amount: "30000" }], reports: [staff("46000.01")] }),
    );
    expect(over.lines.find((l) => l.category === "staff")?.overTolerance).toBe(true);
    expect(at.lines.map((l) => l.category)).toEqual(["staff", "social-fund", "equipment", "administrative"]);
  });

  it("judges spending below a line only once the contract is closed", () => {
    const open = d01(run({ payments: [ADVANCE], reports: [staff("1000")] }));
    expect(open.lines.find((l) => l.category === "staff")?.overTolerance).toBe(false);
    const closed = d01(run({ payments: [ADVANCE], reports: [staff("1000")], asOf: "2019-12-31" }));
    expect(closed.lines.find((l) => l.category === "equipment")?.overTolerance).toBe(true);
    expect(closed.toReturn.toFixed(2)).toBe("49000.00");
    expect(open.toReturn.toFixed(2)).toBe("0.00");
  });

  it("a clean year: every tranche paid, nothing to return, no line over the tolerance", () => {
    const year = cleanYear(BASE);
    const execution = run({ ...year, asOf: "2019-12-31" });
    expect(execution.present).toBe(true);
    for (const c of execution.contracts) {
      expect(c.nextTranche).toBeUndefined();
      expect(c.tranches.every((t) => t.status === "paid")).toBe(true);
      expect(c.balance.toFixed(2)).toBe("0.00");
      expect(c.toReturn.toFixed(2)).toBe("0.00");
      expect(c.lines.filter((l) => l.overTolerance)).toEqual([]);
      expect(c.delivered.ngo.delivered.equals(c.delivered.ngo.planned)).toBe(true);
    }
  });
});
