import Decimal from "decimal.js";
import {
  compareFindings,
  type CofinancingFigures,
  type FundingStatus,
  type GszResult,
  type Severity,
  type SourceKey,
} from "../core/model";
import type { Lang } from "../i18n";
import { cellRef } from "../workbook/a1";
import { shownTotal, totalDecimals } from "../core/ranking";
import { findingMessage, reasonText } from "../workbook/render";
import { executionJson, type ReportExecution } from "./report-execution";

/** Money and percents: 2 decimals, half-up, as strings ("87.50"). */
export function fixed2(value: Decimal): string {
  return value.toFixed(2, Decimal.ROUND_HALF_UP);
}

export interface ReportFigures {
  readonly grant: string;
  readonly localBudget: string;
  readonly community: string;
  readonly ngo: string;
  readonly other: string;
  readonly total: string;
  readonly shares: Readonly<Record<SourceKey, string>>;
  /** Null when the grant is zero. */
  readonly leverage: string | null;
}

export interface ReportRankingEntry {
  readonly application: string;
  readonly organization: string;
  readonly direction: string;
  /** Null when nobody scored the application. */
  readonly place: number | null;
  /**
   * Σ weight × aggregate as the ranking shows it: 2 decimals, or as many as it takes to tell two
   * different totals apart (totalDecimals).
   */
  readonly total: string;
  /** The total at full precision (what the ranking compared). */
  readonly totalExact: string;
  /** Each criterion's aggregate, 2 decimals (the workbook shows 4). */
  readonly criteria: Readonly<Record<string, string>>;
  readonly scorers: number;
  readonly recusals: number;
  readonly status: FundingStatus;
  /** Why it has that status, a sentence in the report's language (RankingEntry.reason). */
  readonly reason: string;
  readonly requested: string;
  readonly recommended: string;
}

export interface ReportTranche {
  readonly n: number;
  readonly date: string;
  readonly percent: string;
  readonly amount: string;
  readonly cumulative: string;
}

export interface ReportFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
  readonly expected: string | null;
  readonly actual: string | null;
}

/** The JSON report of CLI.md. Fields may be added, never removed. */
export interface Report {
  readonly ranking: readonly ReportRankingEntry[];
  readonly cofinancing: {
    readonly applications: readonly (ReportFigures & { readonly application: string })[];
    /** Over the funded applications. */
    readonly directions: readonly (ReportFigures & { readonly direction: string })[];
    /** Over the funded applications. */
    readonly program: ReportFigures;
    /** The same over every submitted application. */
    readonly directionsSubmitted: readonly (ReportFigures & { readonly direction: string })[];
    readonly programSubmitted: ReportFigures;
  };
  readonly tranches: readonly {
    readonly contract: string;
    readonly application: string;
    readonly organization: string;
    readonly amount: string;
    readonly items: readonly ReportTranche[];
  }[];
  /** Present when Платежи or Отчёты has rows (CLI.md). */
  readonly execution?: ReportExecution;
  readonly findings: readonly ReportFinding[];
}

export function figures(f: CofinancingFigures): ReportFigures {
  const shares = {
    grant: fixed2(f.shares.grant),
    localBudget: fixed2(f.shares.localBudget),
    community: fixed2(f.shares.community),
    ngo: fixed2(f.shares.ngo),
    other: fixed2(f.shares.other),
  };
  return {
    grant: fixed2(f.sources.grant),
    localBudget: fixed2(f.sources.localBudget),
    community: fixed2(f.sources.community),
    ngo: fixed2(f.sources.ngo),
    other: fixed2(f.sources.other),
    total: fixed2(f.total),
    shares,
    leverage: f.leverage === undefined ? null : fixed2(f.leverage),
  };
}

/**
 * The JSON report of a run (CLI.md): decimals as strings (money and percents with 2 decimals, tranche
 * percents as in the scheme), dates `YYYY-MM-DD`, findings errors first with the sheet, the cell in A1
 * form and the message in `lang`.
 */
export function reportJson(result: GszResult, lang: Lang): Report {
  const decimals = totalDecimals(result.ranking.filter((e) => e.place !== undefined).map((e) => e.total));
  return {
    ranking: result.ranking.map((e) => ({
      application: e.application,
      organization: e.organization,
      direction: e.direction,
      place: e.place ?? null,
      total: shownTotal(e.total, decimals),
      totalExact: e.total.toFixed(),
      criteria: Object.fromEntries(Object.entries(e.criteria).map(([code, v]) => [code, fixed2(v)])),
      scorers: e.scorers,
      recusals: e.recusals,
      status: e.status,
      reason: reasonText(e.reason, lang),
      requested: fixed2(e.requested),
      recommended: fixed2(e.recommended),
    })),
    cofinancing: {
      applications: result.cofinancing.applications.map((a) => ({
        application: a.application,
        ...figures(a),
      })),
      directions: result.cofinancing.directions.map((d) => ({ direction: d.direction, ...figures(d) })),
      program: figures(result.cofinancing.program),
      directionsSubmitted: result.cofinancing.directionsSubmitted.map((d) => ({
        direction: d.direction,
        ...figures(d),
      })),
      programSubmitted: figures(result.cofinancing.programSubmitted),
    },
    tranches: result.tranches.map((s) => ({
      contract: s.contract,
      application: s.application,
      organization: s.organization,
      amount: fixed2(s.amount),
      items: s.items.map((i) => ({
        n: i.n,
        date: i.date,
        percent: i.percent.toFixed(),
        amount: fixed2(i.amount),
        cumulative: fixed2(i.cumulative),
      })),
    })),
    ...executionPart(result),
    findings: [...result.findings].sort(compareFindings).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.address?.sheet ?? null,
      cell: f.address ? cellRef(f.address.row, f.address.col) : null,
      message: findingMessage(f, lang),
      expected: f.expected ?? null,
      actual: f.actual ?? null,
    })),
  };
}

function executionPart(result: GszResult): { execution?: ReportExecution } {
  const execution = executionJson(result.execution);
  return execution ? { execution } : {};
}
