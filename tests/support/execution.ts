import Decimal from "decimal.js";
import type { ContractExecution, Execution, SourceKey, TrancheSchedule } from "../../src/core/model";

/** Hand-built execution results for the output tests (the engine's computation is tested on its own). */
const d = (v: string | number): Decimal => new Decimal(v);

function delivered(
  planned: Partial<Record<SourceKey, string>>,
  got: Partial<Record<SourceKey, string>>,
): ContractExecution["delivered"] {
  const one = (key: SourceKey) => ({ planned: d(planned[key] ?? 0), delivered: d(got[key] ?? 0) });
  return {
    grant: one("grant"),
    localBudget: one("localBudget"),
    community: one("community"),
    ngo: one("ngo"),
    other: one("other"),
  };
}

/** Д-1: 150 000 in two tranches, the first paid, half of it spent, the second blocked and overdue. */
export const BLOCKED: ContractExecution = {
  contract: "Д-1",
  application: "A-01",
  organization: "ОО «Ак-Жол»",
  grant: d("150000.00"),
  paid: d("75000.00"),
  spent: d("37500.00"),
  balance: d("37500.00"),
  spentPct: d("50.00"),
  tranches: [
    { n: 1, date: "2019-03-01", amount: d("75000.00"), paid: d("75000.00"), unpaid: d(0), status: "paid" },
    {
      n: 2,
      date: "2019-06-03",
      amount: d("75000.00"),
      paid: d(0),
      unpaid: d("75000.00"),
      status: "overdue",
    },
  ],
  nextTranche: {
    n: 2,
    date: "2019-06-03",
    amount: d("75000.00"),
    releasable: false,
    blockedBy: ["reports-missing", "spent-below-threshold"],
  },
  lines: [
    {
      category: "staff",
      approved: d("100000.00"),
      spent: d("20000.00"),
      deviation: d("-80000.00"),
      deviationPct: d("-80.00"),
      overTolerance: true,
    },
    {
      category: "supplies",
      approved: d("50000.00"),
      spent: d("17500.00"),
      deviation: d("-32500.00"),
      deviationPct: d("-65.00"),
      overTolerance: false,
    },
  ],
  delivered: delivered(
    { grant: "150000.00", localBudget: "30000.00", ngo: "20000.00" },
    { grant: "37500.00", localBudget: "30000.00", ngo: "5000.00" },
  ),
  toReturn: d(0),
  address: { sheet: "Договоры", row: 2, col: 1 },
};

/** Д-2: 100 000 paid in full, 90 000.50 spent, the contract over: 9 999.50 to return. */
export const RETURNING: ContractExecution = {
  contract: "Д-2",
  application: "A-02",
  organization: "ОФ «Билим»",
  grant: d("100000.00"),
  paid: d("100000.00"),
  spent: d("90000.50"),
  balance: d("9999.50"),
  spentPct: d("90.00"),
  tranches: [
    { n: 1, date: "2019-03-01", amount: d("100000.00"), paid: d("100000.00"), unpaid: d(0), status: "paid" },
  ],
  lines: [],
  delivered: delivered({}, {}),
  toReturn: d("9999.50"),
  address: { sheet: "Договоры", row: 3, col: 1 },
};

/** Д-3: nothing paid yet; the advance may be released. */
export const RELEASABLE: ContractExecution = {
  contract: "Д-3",
  application: "A-03",
  organization: "ОО «Мээрим»",
  grant: d("80000.00"),
  paid: d(0),
  spent: d(0),
  balance: d(0),
  tranches: [
    { n: 1, date: "2019-04-01", amount: d("40000.00"), paid: d(0), unpaid: d("40000.00"), status: "due" },
    { n: 2, date: "2019-10-01", amount: d("40000.00"), paid: d(0), unpaid: d("40000.00"), status: "planned" },
  ],
  nextTranche: { n: 1, date: "2019-04-01", amount: d("40000.00"), releasable: true, blockedBy: [] },
  lines: [],
  delivered: delivered({}, {}),
  toReturn: d(0),
  address: { sheet: "Договоры", row: 4, col: 1 },
};

export const EXECUTION: Execution = {
  present: true,
  paymentsPresent: true,
  contracts: [BLOCKED, RETURNING, RELEASABLE],
};

/** A contract's schedule as the engine would give it, from its execution's tranches. */
export function scheduleOf(c: ContractExecution): TrancheSchedule {
  let cumulative = d(0);
  return {
    contract: c.contract,
    application: c.application,
    organization: c.organization,
    amount: c.grant,
    items: c.tranches.map((t) => {
      cumulative = cumulative.plus(t.amount);
      return {
        n: t.n,
        date: t.date,
        percent: t.amount.div(c.grant).times(100),
        amount: t.amount,
        cumulative,
        condition: "x",
      };
    }),
  };
}
