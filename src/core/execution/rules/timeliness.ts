import type { Finding } from "../../model";
import { finding, som } from "../../rules/finding";
import { acceptedBy } from "../ledger";
import type { ExecutionContext } from "./context";

/**
 * report-overdue (warning, only with На дату; at the contract's № договора in Договоры): a tranche was
 * paid (in part or in full) and no report on it was accepted by its due day, which has passed: the date
 * of the next tranche, or the contract's end for the last. Due exactly on На дату is not overdue.
 */
export function reportOverdue({ ledgers, terms, contract }: ExecutionContext): Finding[] {
  const asOf = terms.asOf;
  if (asOf === undefined) return [];
  const found: Finding[] = [];
  for (const { schedule, payments, reports } of ledgers) {
    const row = contract(schedule.contract);
    schedule.items.forEach((tranche, i) => {
      if (!payments.some((p) => p.tranche === tranche.n)) return;
      const due = schedule.items[i + 1]?.date ?? row?.end;
      if (due === undefined || due >= asOf) return;
      if (reports.some((r) => r.tranche === tranche.n && acceptedBy(r, asOf))) return;
      found.push(
        finding("report-overdue", "warning", {
          ...(row?.cells.number ? { address: row.cells.number } : {}),
          params: { contract: schedule.contract, tranche: tranche.n, due, asOf },
          expected: due,
        }),
      );
    });
  }
  return found;
}

/**
 * payment-overdue (warning, only with На дату; at the contract's № договора in Договоры): the next
 * tranche may be released (every condition met) and its date passed before На дату, but it is not paid
 * in full. A tranche held back by missing or short reports is not the municipality's delay (see
 * report-overdue). Its date exactly on На дату is not overdue.
 */
export function paymentOverdue({ execution, terms, contract }: ExecutionContext): Finding[] {
  const asOf = terms.asOf;
  if (asOf === undefined) return [];
  const found: Finding[] = [];
  for (const item of execution.contracts) {
    const next = item.nextTranche;
    if (!next?.releasable || next.date >= asOf) continue;
    const row = contract(item.contract);
    found.push(
      finding("payment-overdue", "warning", {
        ...(row?.cells.number ? { address: row.cells.number } : {}),
        params: { contract: item.contract, tranche: next.n, date: next.date, amount: som(next.amount), asOf },
        expected: next.date,
      }),
    );
  }
  return found;
}
