import type Decimal from "decimal.js";
import type { GszInput, IsoDate, Payment, SpendingReport, TrancheSchedule } from "../model";
import { ZERO } from "../money";

/** Порог освоения when Программа leaves it blank (WORKBOOK.md). */
export const DEFAULT_RELEASE_THRESHOLD_PCT = 75;
/** Перераспределение when Программа leaves it blank (WORKBOOK.md). */
export const DEFAULT_REALLOCATION_PCT = 15;

/** One contract's payments and reports, in sheet order, beside its schedule. */
export interface ContractLedger {
  readonly schedule: TrancheSchedule;
  readonly payments: readonly Payment[];
  readonly reports: readonly SpendingReport[];
}

/**
 * The ledger of every scheduled contract (the first schedule of a contract number wins, as people read
 * top-down). Payments and reports of contracts without a schedule are left out (payment-unknown).
 */
export function ledgers(input: GszInput, schedules: readonly TrancheSchedule[]): ContractLedger[] {
  const byContract = new Map<string, TrancheSchedule>();
  for (const schedule of schedules)
    if (!byContract.has(schedule.contract)) byContract.set(schedule.contract, schedule);
  return [...byContract.values()].map((schedule) => ({
    schedule,
    payments: (input.payments ?? []).filter((p) => p.contract === schedule.contract),
    reports: (input.reports ?? []).filter((r) => r.contract === schedule.contract),
  }));
}

/** Whether a report counts on `date`: accepted, on or before it (any accepted report when no date). */
export function acceptedBy(report: SpendingReport, date: IsoDate | undefined): boolean {
  return report.accepted !== undefined && (date === undefined || report.accepted <= date);
}

export function sum<T>(items: readonly T[], amount: (item: T) => Decimal): Decimal {
  return items.reduce((total, item) => total.plus(amount(item)), ZERO);
}
