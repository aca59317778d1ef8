import type Decimal from "decimal.js";
import { formatMoney } from "../app/summary";
import type { CellAddress, Execution } from "../core/model";
import type { Lang } from "../i18n";
import { DEFAULT_RELEASE_THRESHOLD_PCT, isOnlyWaiting, releaseText } from "../workbook/render/execution";
import { isoToDotted } from "../workbook/cells/dates";

/** Where a contract's next tranche stands, for the pane: to pay now, late, or held back. */
export type PaymentState = "due" | "overdue" | "blocked";

/** One line of the pane's payments section: a contract's next tranche. */
export interface PaymentItem {
  readonly contract: string;
  readonly tranche: number;
  /** Formatted for the language: `75 000,00`. */
  readonly amount: string;
  /** dd.mm.yyyy */
  readonly date: string;
  readonly state: PaymentState;
  /** Why it is blocked, in words; empty when it may be paid. */
  readonly why: string;
  /** The contract's row in Договоры. */
  readonly address?: CellAddress;
}

/**
 * What is to pay and what is held back: each contract's next tranche when it may be released (due, or
 * overdue once its date has passed As of) or when something other than its date holds it back (blocked,
 * with the reasons). A tranche whose only block is that its date has not come is simply planned and not
 * listed. Late and blocked first, then by date.
 */
export function paymentItems(
  execution: Execution | undefined,
  lang: Lang,
  threshold?: Decimal,
): PaymentItem[] {
  if (!execution?.present) return [];
  const limit = threshold ?? DEFAULT_RELEASE_THRESHOLD_PCT;
  const items: PaymentItem[] = [];
  for (const c of execution.contracts) {
    const next = c.nextTranche;
    if (!next) continue;
    if (isOnlyWaiting(next)) continue;
    const status = c.tranches.find((t) => t.n === next.n)?.status;
    const state: PaymentState = next.releasable ? (status === "overdue" ? "overdue" : "due") : "blocked";
    items.push({
      contract: c.contract,
      tranche: next.n,
      amount: formatMoney(next.amount, lang),
      date: isoToDotted(next.date),
      state,
      why: next.releasable ? "" : releaseText(next, limit, lang),
      ...(c.address ? { address: c.address } : {}),
    });
  }
  const rank: Record<PaymentState, number> = { overdue: 0, blocked: 1, due: 2 };
  const iso = (d: string) => d.split(".").reverse().join("-");
  return items.sort((a, b) => rank[a.state] - rank[b.state] || iso(a.date).localeCompare(iso(b.date)));
}
