import type Decimal from "decimal.js";
import { sumMoney } from "../money";
import type {
  CellAddress,
  ContractExecution,
  Execution,
  IsoDate,
  TrancheSchedule,
  TrancheStatus,
} from "../model";

/** One unpaid tranche (or the unpaid remainder of a partly paid one) of one contract. */
export interface CalendarEntry {
  readonly contract: string;
  readonly application: string;
  readonly organization: string;
  readonly tranche: number;
  readonly date: IsoDate;
  /** What is still to pay on it. */
  readonly amount: Decimal;
  /** Where it stands; absent when there is no execution (no Платежи and no Отчёты). */
  readonly status?: TrancheStatus;
  /** The contract's row in Договоры, when known. */
  readonly address?: CellAddress;
}

/** The entries of one calendar month (`YYYY-MM`) by date, and what they come to. */
export interface CalendarMonth {
  readonly month: string;
  readonly entries: readonly CalendarEntry[];
  readonly total: Decimal;
}

/** The treasury's payment calendar: every unpaid tranche remainder of every contract, by date. */
export interface PaymentCalendar {
  readonly months: readonly CalendarMonth[];
  readonly total: Decimal;
  /** How many entries in all. */
  readonly count: number;
}

function fromExecution(c: ContractExecution): CalendarEntry[] {
  return c.tranches
    .filter((t) => t.unpaid.gt(0))
    .map((t) => ({
      contract: c.contract,
      application: c.application,
      organization: c.organization,
      tranche: t.n,
      date: t.date,
      amount: t.unpaid,
      status: t.status,
      ...(c.address ? { address: c.address } : {}),
    }));
}

function fromSchedule(s: TrancheSchedule): CalendarEntry[] {
  return s.items
    .filter((t) => t.amount.gt(0))
    .map((t) => ({
      contract: s.contract,
      application: s.application,
      organization: s.organization,
      tranche: t.n,
      date: t.date,
      amount: t.amount,
    }));
}

/**
 * The payment calendar. Each contract's tranches come from its execution (what is still unpaid on each)
 * when the execution is present, else from its schedule (all of it is unpaid). Entries are ordered by
 * date; on the same date they keep the schedules' order. Pure; money is decimal throughout.
 */
export function paymentCalendar(
  schedules: readonly TrancheSchedule[],
  execution?: Execution,
): PaymentCalendar {
  const executed = new Map<string, ContractExecution>();
  if (execution?.present) for (const c of execution.contracts) executed.set(c.contract, c);
  const entries: CalendarEntry[] = [];
  const seen = new Set<string>();
  for (const s of schedules) {
    seen.add(s.contract);
    const c = executed.get(s.contract);
    entries.push(...(c ? fromExecution(c) : fromSchedule(s)));
  }
  for (const c of executed.values()) if (!seen.has(c.contract)) entries.push(...fromExecution(c));

  const sorted = entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.i - b.i))
    .map(({ entry }) => entry);

  const byMonth = new Map<string, CalendarEntry[]>();
  for (const entry of sorted) {
    const month = entry.date.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(entry);
    else byMonth.set(month, [entry]);
  }
  const totalled: CalendarMonth[] = [...byMonth].map(([month, list]) => ({
    month,
    entries: list,
    total: sumMoney(list.map((e) => e.amount)),
  }));
  return { months: totalled, total: sumMoney(totalled.map((m) => m.total)), count: sorted.length };
}
