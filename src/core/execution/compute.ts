import Decimal from "decimal.js";
import type {
  ContractExecution,
  Execution,
  GszInput,
  IsoDate,
  NextTranche,
  TrancheExecution,
  TrancheSchedule,
  TrancheStatus,
} from "../model";
import { ZERO } from "../money";
import { lineExecution, deliveredSources } from "./lines";
import {
  DEFAULT_REALLOCATION_PCT,
  DEFAULT_RELEASE_THRESHOLD_PCT,
  acceptedBy,
  ledgers,
  sum,
  type ContractLedger,
} from "./ledger";
import { percentOf, releaseBlocks, type ReleaseFacts } from "./release";

/** The parameters execution is judged by. */
export interface ExecutionTerms {
  readonly asOf?: IsoDate;
  readonly thresholdPct: Decimal;
  readonly tolerancePct: Decimal;
}

export function executionTerms(
  input: GszInput,
  asOf: IsoDate | undefined = input.program.asOf,
): ExecutionTerms {
  return {
    ...(asOf ? { asOf } : {}),
    thresholdPct: input.program.releaseThresholdPct ?? new Decimal(DEFAULT_RELEASE_THRESHOLD_PCT),
    tolerancePct: input.program.reallocationPct ?? new Decimal(DEFAULT_REALLOCATION_PCT),
  };
}

/**
 * Whether a contract's year is over: it ended before На дату, or every tranche is paid in full and has an
 * accepted report. Then unspent grant is to be returned, and lines and co-financing are judged in full.
 */
export function isClosed(ledger: ContractLedger, end: IsoDate | undefined, terms: ExecutionTerms): boolean {
  if (terms.asOf !== undefined && end !== undefined && end < terms.asOf) return true;
  return ledger.schedule.items.every(
    (t) =>
      sum(
        ledger.payments.filter((p) => p.tranche === t.n),
        (p) => p.amount,
      ).greaterThanOrEqualTo(t.amount) &&
      ledger.reports.some((r) => r.tranche === t.n && acceptedBy(r, terms.asOf)),
  );
}

/**
 * With На дату a tranche is overdue before its date and due on it; after it, it is planned (the next
 * tranche is released only once its date has come, so it is never due early). Without На дату the next
 * tranche is due once nothing blocks it.
 */
function trancheStatus(
  date: IsoDate,
  unpaid: Decimal,
  releasableNext: boolean,
  asOf: IsoDate | undefined,
): TrancheStatus {
  if (unpaid.isZero()) return "paid";
  if (asOf === undefined) return releasableNext ? "due" : "planned";
  if (date < asOf) return "overdue";
  return date === asOf ? "due" : "planned";
}

function contractExecution(
  input: GszInput,
  ledger: ContractLedger,
  terms: ExecutionTerms,
): ContractExecution {
  const { schedule } = ledger;
  const contract = input.contracts.find((c) => c.number === schedule.contract);
  const application = input.applications.find((a) => a.id === schedule.application);
  const accepted = ledger.reports.filter((r) => acceptedBy(r, terms.asOf));
  const facts: ReleaseFacts = {
    items: schedule.items,
    payments: ledger.payments,
    reports: ledger.reports,
    thresholdPct: terms.thresholdPct,
  };
  const paidOn = (n: number): Decimal =>
    sum(
      ledger.payments.filter((p) => p.tranche === n),
      (p) => p.amount,
    );
  const next = schedule.items.find((t) => paidOn(t.n).lessThan(t.amount));
  let nextTranche: NextTranche | undefined;
  if (next) {
    const dateCome = terms.asOf === undefined || next.date <= terms.asOf;
    const blockedBy = releaseBlocks(facts, next.n, terms.asOf, dateCome);
    nextTranche = {
      n: next.n,
      date: next.date,
      amount: next.amount.minus(paidOn(next.n)),
      releasable: blockedBy.length === 0,
      blockedBy,
    };
  }
  const tranches: TrancheExecution[] = schedule.items.map((t) => {
    const paid = paidOn(t.n);
    const unpaid = Decimal.max(ZERO, t.amount.minus(paid));
    return {
      n: t.n,
      date: t.date,
      amount: t.amount,
      paid,
      unpaid,
      status: trancheStatus(t.date, unpaid, nextTranche?.n === t.n && nextTranche.releasable, terms.asOf),
    };
  });
  const paid = sum(ledger.payments, (p) => p.amount);
  const spent = sum(accepted, (r) => r.sources.grant);
  const balance = paid.minus(spent);
  const closed = isClosed(ledger, contract?.end, terms);
  const budget = input.budgetLines.filter((l) => l.application === schedule.application);
  const spentPct = percentOf(spent, paid);
  return {
    contract: schedule.contract,
    application: schedule.application,
    organization: schedule.organization,
    grant: schedule.amount,
    paid,
    spent,
    balance,
    ...(spentPct ? { spentPct } : {}),
    tranches,
    ...(nextTranche ? { nextTranche } : {}),
    lines: lineExecution(budget, accepted, terms.tolerancePct, closed),
    delivered: deliveredSources(application, schedule.amount, accepted),
    toReturn: closed && balance.greaterThan(0) ? balance : ZERO,
    ...(contract?.cells.number ? { address: contract.cells.number } : {}),
  };
}

/**
 * The year after the contracts (WORKBOOK.md "Исполнение"): per scheduled contract the money paid
 * (Платежи), spent (the grant column of accepted Отчёты) and held, each tranche's status, the next
 * tranche and whether it may be released, budget lines approved vs spent, co-financing delivered, and
 * grant to return. Judged as of `asOf` (Программа На дату): reports count from their acceptance on or
 * before it; without it nothing is late and no tranche waits for its date. Pure; decimal money only.
 */
export function computeExecution(
  input: GszInput,
  schedules: readonly TrancheSchedule[],
  asOf: IsoDate | undefined = input.program.asOf,
): Execution {
  const terms = executionTerms(input, asOf);
  return {
    present: (input.payments?.length ?? 0) > 0 || (input.reports?.length ?? 0) > 0,
    paymentsPresent: (input.payments?.length ?? 0) > 0,
    contracts: ledgers(input, schedules).map((ledger) => contractExecution(input, ledger, terms)),
  };
}
