import Decimal from "decimal.js";
import fc from "fast-check";
import { computeExecution } from "../../../src/core/execution";
import { scheduleContracts } from "../../../src/core/tranches";
import { buildInput } from "../../support/build-input";
import { withExecution, type PaymentSpec, type ReportSpec } from "../../support/build-execution";

/** Integer percents summing to 100, one to five tranches. */
const scheme = fc
  .array(fc.integer({ min: 1, max: 60 }), { minLength: 0, maxLength: 4 })
  .filter((cuts) => cuts.reduce((a, b) => a + b, 0) < 100)
  .map((cuts) => [...cuts, 100 - cuts.reduce((a, b) => a + b, 0)]);

const tyiyn = (max: number) => fc.integer({ min: 1, max }).map((n) => new Decimal(n).dividedBy(100));

/** A contract of any amount and scheme, and for each tranche up to three payments within it. */
const year = fc.record({
  amount: tyiyn(500_000_000),
  scheme,
  shares: fc.array(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 3 }), {
    minLength: 5,
    maxLength: 5,
  }),
  spent: fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.boolean()), { maxLength: 6 }),
});

function setUp(amount: Decimal, percents: readonly number[]) {
  const input = buildInput({
    contracts: [
      {
        application: "A-01",
        number: "Д-01",
        amount: amount.toFixed(2),
        scheme: percents.map(String),
      },
    ],
  });
  return { input, schedule: scheduleContracts(input).schedules };
}

describe("execution properties", () => {
  it("paid + still to pay = the contract's amount, for every schedule (payments within the tranches)", () => {
    fc.assert(
      fc.property(year, ({ amount, scheme: percents, shares }) => {
        const { input, schedule } = setUp(amount, percents);
        const items = schedule[0]?.items ?? [];
        const payments: PaymentSpec[] = items.flatMap((t, i) => {
          // Each payment a thousandth share of the tranche, rounded down: never over it in total.
          const parts = shares[i] ?? [0];
          const total = parts.reduce((a, b) => a + b, 0);
          return parts.map((p) => ({
            contract: "Д-01",
            tranche: t.n,
            date: "2019-04-01",
            amount: t.amount
              .times(p)
              .dividedBy(Math.max(total, 1000))
              .toDecimalPlaces(2, Decimal.ROUND_DOWN)
              .toFixed(2),
          }));
        });
        const [c] = computeExecution(withExecution(input, { payments }), schedule).contracts;
        if (!c) throw new Error("the contract has a schedule");
        const unpaid = c.tranches.reduce((s, t) => s.plus(t.unpaid), new Decimal(0));
        expect(c.paid.plus(unpaid).toFixed(2)).toBe(amount.toFixed(2));
        expect(c.tranches.reduce((s, t) => s.plus(t.paid), new Decimal(0)).toFixed(2)).toBe(
          c.paid.toFixed(2),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("balance = paid − spent, whatever was paid and reported", () => {
    fc.assert(
      fc.property(year, ({ amount, scheme: percents, spent }) => {
        const { input, schedule } = setUp(amount, percents);
        const payments: PaymentSpec[] = [
          { contract: "Д-01", tranche: 1, date: "2019-04-01", amount: amount.toFixed(2) },
        ];
        const reports: ReportSpec[] = spent.map(([grant, accepted]) => ({
          contract: "Д-01",
          tranche: 1,
          category: "staff",
          grant: new Decimal(grant).dividedBy(100).toFixed(2),
          ...(accepted ? { accepted: "2019-05-01" } : {}),
        }));
        const [c] = computeExecution(withExecution(input, { payments, reports }), schedule).contracts;
        if (!c) throw new Error("the contract has a schedule");
        const accepted = spent
          .filter(([, a]) => a)
          .reduce((s, [g]) => s.plus(new Decimal(g).dividedBy(100)), new Decimal(0));
        expect(c.spent.toFixed(2)).toBe(accepted.toFixed(2));
        expect(c.balance.toFixed(2)).toBe(c.paid.minus(c.spent).toFixed(2));
        expect(c.paid.toFixed(2)).toBe(amount.toFixed(2));
      }),
      { numRuns: 150 },
    );
  });
});
