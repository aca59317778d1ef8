import Decimal from "decimal.js";
import {
  bySource,
  type BudgetCategory,
  type Execution,
  type ReleaseBlock,
  type SourceKey,
  type TrancheStatus,
} from "../core/model";

function fixed2(value: Decimal): string {
  return value.toFixed(2, Decimal.ROUND_HALF_UP);
}

export interface ReportNextTranche {
  readonly n: number;
  readonly date: string;
  /** Still to pay on it. */
  readonly amount: string;
  readonly releasable: boolean;
  readonly blockedBy: readonly ReleaseBlock[];
}

export interface ReportContractExecution {
  readonly contract: string;
  readonly application: string;
  readonly organization: string;
  readonly grant: string;
  readonly paid: string;
  readonly spent: string;
  readonly balance: string;
  /** Null when nothing was paid. */
  readonly spentPct: string | null;
  /** Null when every tranche is paid in full. */
  readonly nextTranche: ReportNextTranche | null;
  /** Whether the next tranche may be released now (false when there is none). */
  readonly releasable: boolean;
  readonly toReturn: string;
  readonly tranches: readonly {
    readonly n: number;
    readonly date: string;
    readonly amount: string;
    readonly paid: string;
    readonly unpaid: string;
    readonly status: TrancheStatus;
  }[];
  readonly lines: readonly {
    readonly category: BudgetCategory;
    readonly approved: string;
    readonly spent: string;
    readonly deviation: string;
    /** Null when nothing was approved on the line. */
    readonly deviationPct: string | null;
    readonly overTolerance: boolean;
  }[];
  readonly delivered: Readonly<Record<SourceKey, { readonly planned: string; readonly delivered: string }>>;
}

/** The `execution` object of the JSON report (CLI.md): per contract, money as decimal strings. */
export interface ReportExecution {
  readonly contracts: readonly ReportContractExecution[];
}

/** The execution part of the JSON report; undefined when neither Платежи nor Отчёты has rows. */
export function executionJson(execution: Execution | undefined): ReportExecution | undefined {
  if (!execution?.present) return undefined;
  return {
    contracts: execution.contracts.map((c) => {
      const next = c.nextTranche;
      return {
        contract: c.contract,
        application: c.application,
        organization: c.organization,
        grant: fixed2(c.grant),
        paid: fixed2(c.paid),
        spent: fixed2(c.spent),
        balance: fixed2(c.balance),
        spentPct: c.spentPct ? fixed2(c.spentPct) : null,
        nextTranche: next
          ? {
              n: next.n,
              date: next.date,
              amount: fixed2(next.amount),
              releasable: next.releasable,
              blockedBy: [...next.blockedBy],
            }
          : null,
        releasable: next?.releasable ?? false,
        toReturn: fixed2(c.toReturn),
        tranches: c.tranches.map((t) => ({
          n: t.n,
          date: t.date,
          amount: fixed2(t.amount),
          paid: fixed2(t.paid),
          unpaid: fixed2(t.unpaid),
          status: t.status,
        })),
        lines: c.lines.map((l) => ({
          category: l.category,
          approved: fixed2(l.approved),
          spent: fixed2(l.spent),
          deviation: fixed2(l.deviation),
          deviationPct: l.deviationPct ? fixed2(l.deviationPct) : null,
          overTolerance: l.overTolerance,
        })),
        delivered: bySource((key) => ({
          planned: fixed2(c.delivered[key].planned),
          delivered: fixed2(c.delivered[key].delivered),
        })),
      };
    }),
  };
}
