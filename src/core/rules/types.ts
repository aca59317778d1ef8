import type { Cofinancing, Finding, GszInput, RankingEntry, TrancheSchedule } from "../model";
import type { Lookup } from "./lookup";

/** What the core computed before the rules run over it. */
export interface Computed {
  readonly ranking: readonly RankingEntry[];
  readonly cofinancing: Cofinancing;
  readonly tranches: readonly TrancheSchedule[];
}

/** What every rule gets: the input, the computed results, and an index of records by number. */
export interface RuleContext {
  readonly input: GszInput;
  readonly computed: Computed;
  readonly lookup: Lookup;
}

/** One rule (or a small group of related rules): the findings it raises, in input order. */
export type Rule = (context: RuleContext) => Finding[];
