import Decimal from "decimal.js";
import { isClosed, executionTerms } from "../../../src/core/execution/compute";
import { acceptedBy, ledgers, type ContractLedger } from "../../../src/core/execution/ledger";
import { progressBefore, releaseBlocks, type ReleaseFacts } from "../../../src/core/execution/release";
import { bySource, type Payment, type SpendingReport, type Tranche } from "../../../src/core/model";
import { buildInput } from "../../support/build-input";

const d = (value: string | number): Decimal => new Decimal(value);

/** Three tranches of 50 000 / 30 000 / 20 000 on 1 March, 1 June, 1 September 2019. */
const ITEMS: Tranche[] = [
  ["2019-03-01", 50_000],
  ["2019-06-01", 30_000],
  ["2019-09-01", 20_000],
].map(([date, amount], i) => ({
  n: i + 1,
  date: String(date),
  percent: d(Number(amount) / 1000),
  amount: d(amount ?? 0),
  cumulative: d(0),
  condition: "x",
}));

const pay = (tranche: number, amount: number, date = "2019-03-01", contract = "Д-01"): Payment => ({
  contract,
  tranche,
  date,
  amount: d(amount),
  order: "",
  cells: {},
});
const report = (tranche: number, grant: number, accepted?: string, contract = "Д-01"): SpendingReport => ({
  contract,
  tranche,
  category: "staff",
  sources: bySource((key) => d(key === "grant" ? grant : 0)),
  ...(accepted ? { accepted } : {}),
  cells: {},
});
const facts = (payments: Payment[], reports: SpendingReport[]): ReleaseFacts => ({
  items: ITEMS,
  payments,
  reports,
  thresholdPct: d(75),
});
const ledger = (payments: Payment[], reports: SpendingReport[]): ContractLedger => ({
  schedule: { contract: "Д-01", application: "A-01", organization: "ОФ", amount: d(100_000), items: ITEMS },
  payments,
  reports,
});
const terms = (asOf?: string) => ({ ...(asOf ? { asOf } : {}), thresholdPct: d(75), tolerancePct: d(15) });

describe("acceptedBy", () => {
  it("counts a report accepted on or before the date, any accepted one without a date", () => {
    expect(acceptedBy(report(1, 1, "2019-05-01"), "2019-05-01")).toBe(true);
    expect(acceptedBy(report(1, 1, "2019-05-02"), "2019-05-01")).toBe(false);
    expect(acceptedBy(report(1, 1, "2019-05-02"), undefined)).toBe(true);
    expect(acceptedBy(report(1, 1), undefined)).toBe(false);
  });
});

describe("ledgers", () => {
  it("keeps the first schedule of a contract number and only that contract's payments and reports", () => {
    const input = {
      ...buildInput(),
      payments: [pay(1, 10), pay(1, 20, "2019-03-01", "Д-02")],
      reports: [report(1, 5, "2019-04-01", "Д-02"), report(1, 6, "2019-04-01")],
    };
    const first = ledger([], []).schedule;
    const second = { ...first, organization: "второй" };
    const other = { ...first, contract: "Д-02" };
    const result = ledgers(input, [first, second, other]);
    expect(result.map((l) => [l.schedule.contract, l.schedule.organization])).toEqual([
      ["Д-01", "ОФ"],
      ["Д-02", "ОФ"],
    ]);
    expect(result.map((l) => l.payments.map((p) => p.amount.toNumber()))).toEqual([[10], [20]]);
    expect(result.map((l) => l.reports.map((r) => r.sources.grant.toNumber()))).toEqual([[6], [5]]);
    expect(ledgers({ ...buildInput(), payments: undefined, reports: undefined }, [first])[0]).toMatchObject({
      payments: [],
      reports: [],
    });
  });
});

describe("progressBefore", () => {
  it("counts only the tranches before n, payments made by the date and reports accepted by it", () => {
    const f = facts(
      [pay(1, 30_000, "2019-03-01"), pay(1, 20_000, "2019-03-10"), pay(2, 30_000, "2019-06-01")],
      [report(1, 40_000, "2019-05-01"), report(1, 1_000, "2019-05-20"), report(2, 9_000, "2019-07-01")],
    );
    expect(progressBefore(f, 2, "2019-05-01")).toEqual({
      paid: d(50_000),
      spent: d(40_000),
      reported: true,
      previousPaid: true,
    });
    // A payment after the date does not count: tranche 1 is then not paid in full.
    const early = progressBefore(f, 2, "2019-03-05");
    expect([early.paid.toNumber(), early.previousPaid, early.reported]).toEqual([30_000, false, false]);
    // Tranche 3 looks at tranches 1 and 2; without a date every payment and accepted report counts.
    const third = progressBefore(f, 3, undefined);
    expect([third.paid.toNumber(), third.spent.toNumber(), third.reported, third.previousPaid]).toEqual([
      80_000,
      50_000,
      true,
      true,
    ]);
  });

  it("needs every earlier tranche paid in full and reported, each on its own", () => {
    // 80 000 paid, but all on tranche 1: tranche 2 is not paid.
    const lopsided = progressBefore(facts([pay(1, 80_000)], [report(1, 1, "2019-04-01")]), 3, undefined);
    expect([lopsided.previousPaid, lopsided.reported]).toEqual([false, false]);
    const reportsOnOne = progressBefore(
      facts([pay(1, 50_000), pay(2, 30_000)], [report(1, 1, "2019-04-01"), report(1, 2, "2019-04-01")]),
      3,
      undefined,
    );
    expect([reportsOnOne.previousPaid, reportsOnOne.reported]).toEqual([true, false]);
  });
});

describe("releaseBlocks", () => {
  it("the advance waits only for its date", () => {
    expect(releaseBlocks(facts([], []), 1, "2019-02-01", false)).toEqual(["date-not-come"]);
    expect(releaseBlocks(facts([], []), 1, "2019-03-01", true)).toEqual([]);
  });

  it("a later tranche waits for the earlier ones paid, reported and spent to the threshold", () => {
    expect(releaseBlocks(facts([], []), 2, undefined, true)).toEqual(["previous-unpaid", "reports-missing"]);
    const paid = [pay(1, 50_000)];
    expect(releaseBlocks(facts(paid, [report(1, 37_499.99, "2019-04-01")]), 2, undefined, true)).toEqual([
      "spent-below-threshold",
    ]);
    expect(releaseBlocks(facts(paid, [report(1, 37_500, "2019-04-01")]), 2, undefined, false)).toEqual([
      "date-not-come",
    ]);
  });
});

describe("isClosed", () => {
  const full = [pay(1, 50_000), pay(2, 30_000), pay(3, 20_000)];
  const reported = [report(1, 1, "2019-04-01"), report(2, 1, "2019-07-01"), report(3, 1, "2019-10-01")];

  it("closes when the contract ended before На дату, not on the end date itself", () => {
    expect(isClosed(ledger([], []), "2019-11-30", terms("2019-12-01"))).toBe(true);
    expect(isClosed(ledger([], []), "2019-12-01", terms("2019-12-01"))).toBe(false);
    expect(isClosed(ledger([], []), "2019-11-30", terms())).toBe(false);
    expect(isClosed(ledger([], []), undefined, terms("2019-12-01"))).toBe(false);
  });

  it("closes early when every tranche is paid in full and has an accepted report", () => {
    expect(isClosed(ledger(full, reported), "2019-12-31", terms("2019-10-01"))).toBe(true);
    expect(isClosed(ledger(full, reported), "2019-12-31", terms())).toBe(true);
    // The last report accepted after На дату does not count yet.
    expect(isClosed(ledger(full, reported), "2019-12-31", terms("2019-09-30"))).toBe(false);
    // Every report on tranche 1 is not a report on each tranche.
    const oneTranche = [report(1, 1, "2019-04-01"), report(1, 1, "2019-04-01"), report(1, 1, "2019-04-01")];
    expect(isClosed(ledger(full, oneTranche), "2019-12-31", terms())).toBe(false);
    // 100 000 paid, but 60 000 of it on tranche 1: tranche 2 is short.
    const lopsided = [pay(1, 60_000), pay(2, 20_000), pay(3, 20_000)];
    expect(isClosed(ledger(lopsided, reported), "2019-12-31", terms())).toBe(false);
    expect(isClosed(ledger(full, [...reported.slice(0, 2), report(3, 1)]), "2019-12-31", terms())).toBe(
      false,
    );
  });

  it("takes На дату from the program unless given", () => {
    const input = buildInput();
    expect(executionTerms(input, "2019-05-05").asOf).toBe("2019-05-05");
    expect(executionTerms({ ...input, program: { ...input.program, asOf: undefined } }).asOf).toBeUndefined();
  });
});
