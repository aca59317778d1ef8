import Decimal from "decimal.js";
import type { IsoDate, Payment, ReleaseBlock, SpendingReport, Tranche } from "../model";
import { acceptedBy, sum } from "./ledger";

/** What the release of one tranche is judged on. */
export interface ReleaseFacts {
  readonly items: readonly Tranche[];
  readonly payments: readonly Payment[];
  readonly reports: readonly SpendingReport[];
  /** Порог освоения, percent. */
  readonly thresholdPct: Decimal;
}

/** Grant reported spent (accepted by `date`) on the tranches before `n`, and paid on them (payments by `date`). */
export function progressBefore(
  facts: ReleaseFacts,
  n: number,
  date: IsoDate | undefined,
): { paid: Decimal; spent: Decimal; reported: boolean; previousPaid: boolean } {
  const before = facts.items.filter((t) => t.n < n);
  const payments = facts.payments.filter((p) => p.tranche < n && (date === undefined || p.date <= date));
  const reports = facts.reports.filter((r) => r.tranche < n && acceptedBy(r, date));
  const previousPaid = before.every((t) =>
    sum(
      payments.filter((p) => p.tranche === t.n),
      (p) => p.amount,
    ).greaterThanOrEqualTo(t.amount),
  );
  return {
    paid: sum(payments, (p) => p.amount),
    spent: sum(reports, (r) => r.sources.grant),
    reported: before.every((t) => reports.some((r) => r.tranche === t.n)),
    previousPaid,
  };
}

/**
 * Why tranche `n` may not be released on `date` (WORKBOOK.md, "Release of a tranche k > 1"): the
 * tranches before it paid in full, an accepted report on each of them, and the grant they report spent
 * at least the threshold of the grant paid on them (exactly the threshold releases). `dateCome` is the
 * schedule's part: false adds `date-not-come`. The first tranche (the advance) needs only its date.
 * A missing report is named rather than the spending below the threshold it implies.
 */
export function releaseBlocks(
  facts: ReleaseFacts,
  n: number,
  date: IsoDate | undefined,
  dateCome: boolean,
): ReleaseBlock[] {
  const blocks: ReleaseBlock[] = [];
  if (n > 1) {
    const progress = progressBefore(facts, n, date);
    if (!progress.previousPaid) blocks.push("previous-unpaid");
    const needed = progress.paid.times(facts.thresholdPct).dividedBy(100);
    if (!progress.reported) blocks.push("reports-missing");
    else if (progress.spent.lessThan(needed)) blocks.push("spent-below-threshold");
  }
  if (!dateCome) blocks.push("date-not-come");
  return blocks;
}

/** `part` as a percent of `whole`, 2 decimals half-up; undefined when whole is zero. */
export function percentOf(part: Decimal, whole: Decimal): Decimal | undefined {
  return whole.isZero()
    ? undefined
    : part.times(100).dividedBy(whole).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
