import type { Finding, Payment } from "../../model";
import { finding, som } from "../../rules/finding";
import { runningTotal } from "../../rules/running-total";
import { releaseBlocks } from "../release";
import type { ExecutionContext } from "./context";
import { unknownTranche } from "./unknown-tranche";

/**
 * payment-unknown (error, Платежи): a payment on a contract that has no tranche schedule (not in
 * Договоры, or its scheme does not sum to 100), at the № договора cell; or on a tranche the schedule does
 * not have, at the № транша cell. Such a payment counts nowhere.
 */
export function paymentUnknown({ input, schedule }: ExecutionContext): Finding[] {
  const found: Finding[] = [];
  for (const payment of input.payments ?? []) {
    const unknown = unknownTranche("payment-unknown", payment, schedule(payment.contract));
    if (unknown) found.push(unknown);
  }
  return found;
}

/**
 * payment-over-tranche (warning, Платежи Сумма): the payments on one tranche add up to more than the
 * tranche, at the payment with which they went over (exactly the tranche does not fire).
 * payments-over-contract (error, Платежи Сумма): the payments on a contract add up to more than its
 * grant, at the payment with which they went over.
 */
export function paymentsOverSchedule({ ledgers }: ExecutionContext): Finding[] {
  const found: Finding[] = [];
  for (const { schedule, payments } of ledgers) {
    for (const tranche of schedule.items) {
      const on = payments.filter((p) => p.tranche === tranche.n);
      const { total, crossing } = runningTotal(on, (p) => p.amount, tranche.amount);
      if (!crossing) continue;
      found.push(
        finding("payment-over-tranche", "warning", {
          address: crossing.cells.amount,
          params: {
            contract: schedule.contract,
            tranche: tranche.n,
            amount: som(tranche.amount),
            paid: som(total),
          },
          expected: som(tranche.amount),
          actual: som(total),
        }),
      );
    }
    const { total, crossing } = runningTotal(payments, (p) => p.amount, schedule.amount);
    if (!crossing) continue;
    found.push(
      finding("payments-over-contract", "error", {
        address: crossing.cells.amount,
        params: { contract: schedule.contract, amount: som(schedule.amount), paid: som(total) },
        expected: som(schedule.amount),
        actual: som(total),
      }),
    );
  }
  return found;
}

/**
 * payment-before-release (warning, Платежи Дата платежа): a payment on tranche k > 1 made on a day when
 * the tranche could not be released: a tranche before it not yet paid in full, no accepted report on one
 * of them, or the grant they report spent below Порог освоения of the grant paid on them (exactly the
 * threshold releases). Judged with the payments and accepted reports dated on or before that day. The
 * calendar date of the tranche is a plan, not a condition: paying ahead of it is not flagged. One
 * finding per tranche, at its first such payment.
 */
export function paymentBeforeRelease({ ledgers, terms }: ExecutionContext): Finding[] {
  const found: Finding[] = [];
  for (const { schedule, payments, reports } of ledgers) {
    const facts = { items: schedule.items, payments, reports, thresholdPct: terms.thresholdPct };
    for (const tranche of schedule.items) {
      // Stryker disable next-line ConditionalExpression: the advance has no release condition but its date, which is not judged here.
      if (tranche.n === 1) continue;
      const early = payments
        .filter((p) => p.tranche === tranche.n)
        .map((p): [Payment, string | undefined] => [p, releaseBlocks(facts, tranche.n, p.date, true)[0]])
        .find(([, block]) => block !== undefined);
      if (!early) continue;
      const [payment, block] = early;
      found.push(
        finding("payment-before-release", "warning", {
          address: payment.cells.date,
          ...(block ? { variant: block } : {}),
          params: {
            contract: schedule.contract,
            tranche: tranche.n,
            date: payment.date,
            threshold: terms.thresholdPct.toFixed(2),
          },
        }),
      );
    }
  }
  return found;
}
