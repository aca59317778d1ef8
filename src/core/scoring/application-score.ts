import type Decimal from "decimal.js";
import type { Fraction } from "./fraction";

/** One criterion of one application, over the scores that count. */
export interface CriterionScore {
  readonly criterion: string;
  /** Full precision for display (20 significant digits); `exact` is what comparisons use. */
  readonly aggregate: Decimal;
  readonly exact: Fraction;
  /** Scores that counted (recused and out-of-range ones excluded). */
  readonly count: number;
  /** max − min of the counted scores. */
  readonly spread: Decimal;
}

/** The commission's verdict on one application, before ranking. */
export interface ApplicationScore {
  readonly application: string;
  /** Per criterion code that somebody scored. */
  readonly criteria: Readonly<Record<string, CriterionScore>>;
  /** Σ weight × aggregate, for display; `exactTotal` is what ranking compares. */
  readonly total: Decimal;
  readonly exactTotal: Fraction;
  /** Distinct members, not recused, with at least one counted score. */
  readonly scorers: number;
  /** Distinct members recused from the application (Отвод column or a recusal mark in their row). */
  readonly recusals: number;
  readonly largestSpread: Decimal;
  /** Criteria with a min score that the aggregate does not reach (or that nobody scored). */
  readonly belowMin: readonly string[];
  /** False only when the program sets a quorum and fewer members scored. */
  readonly quorumMet: boolean;
  /** At least one score counted; an application without one gets no place. */
  readonly scored: boolean;
}
