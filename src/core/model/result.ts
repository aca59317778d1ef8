import type Decimal from "decimal.js";
import type { Execution } from "./execution";
import type { Finding, MessageParams } from "./finding";
import type { IsoDate, SourceKey, Sources } from "./workbook";

export type FundingStatus = "funded" | "reserve" | "below-pass" | "ineligible" | "not-scored";

/**
 * Why a ranking row has its status, in plain words: a message key (`ranking.reason.…`, see
 * src/i18n/catalogs/ranking-reasons.ts) and its params (decimal strings such as "93000.00", application
 * ids, direction codes), translated only at the edges.
 */
export interface RankingReason {
  readonly key: string;
  readonly params: MessageParams;
}

/** One application's place in the ranking. Aggregates keep full precision (never rounded here). */
export interface RankingEntry {
  readonly application: string;
  readonly organization: string;
  readonly direction: string;
  /** 1-based; exact ties share a place (1, 2, 2, 4). Applications without any score have none. */
  readonly place?: number;
  readonly total: Decimal;
  /** Aggregate per criterion code; absent where nobody scored it. */
  readonly criteria: Readonly<Record<string, Decimal>>;
  /** Members whose scores counted (not recused) for this application. */
  readonly scorers: number;
  readonly recusals: number;
  /** The largest max − min spread over the criteria. */
  readonly largestSpread: Decimal;
  readonly passes: boolean;
  readonly requested: Decimal;
  readonly recommended: Decimal;
  readonly status: FundingStatus;
  readonly reason: RankingReason;
}

/** Sources, total, shares (percent, 2 decimals, summing to exactly 100.00) and leverage. */
export interface CofinancingFigures {
  readonly sources: Sources;
  readonly total: Decimal;
  readonly shares: Readonly<Record<SourceKey, Decimal>>;
  /** Non-grant som per grant som, 2 decimals; absent when the grant is zero. */
  readonly leverage?: Decimal;
}

/** Per direction and for the program over the FUNDED applications; the `…Submitted` twins over all of them. */
export interface Cofinancing {
  readonly applications: readonly (CofinancingFigures & { readonly application: string })[];
  readonly directions: readonly (CofinancingFigures & { readonly direction: string })[];
  readonly program: CofinancingFigures;
  readonly directionsSubmitted: readonly (CofinancingFigures & { readonly direction: string })[];
  readonly programSubmitted: CofinancingFigures;
}

export interface Tranche {
  readonly n: number;
  readonly date: IsoDate;
  /** As in the scheme, e.g. 33.33. */
  readonly percent: Decimal;
  readonly amount: Decimal;
  readonly cumulative: Decimal;
  /** Message key of the release condition (e.g. first tranche at signing, later after a report). */
  readonly condition: string;
  /** Parameters of the condition's message (e.g. the tranche whose report releases this one). */
  readonly conditionParams?: MessageParams;
}

export interface TrancheSchedule {
  readonly contract: string;
  readonly application: string;
  readonly organization: string;
  readonly amount: Decimal;
  readonly items: readonly Tranche[];
}

/** Everything one run computes. */
export interface GszResult {
  readonly ranking: readonly RankingEntry[];
  readonly cofinancing: Cofinancing;
  readonly tranches: readonly TrancheSchedule[];
  /** Payments, reports and release of tranches; absent where the engine has not computed it. */
  readonly execution?: Execution;
  /** Sorted with compareFindings: errors first. */
  readonly findings: readonly Finding[];
}
