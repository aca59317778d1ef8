import type Decimal from "decimal.js";
import type { Cells, CellAddress } from "./address";
import type { Finding } from "./finding";

/** A calendar date as `YYYY-MM-DD`. The core does date arithmetic in UTC on these strings. */
export type IsoDate = string;

/** The five sources of a project's money (WORKBOOK.md, Заявки / Смета). */
export const SOURCE_KEYS = ["grant", "localBudget", "community", "ngo", "other"] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];
export type Sources = Readonly<Record<SourceKey, Decimal>>;

/** A value for every source, built key by key (typed: no `{} as Record<…>` casts). */
export function bySource<T>(make: (key: SourceKey, index: number) => T): Record<SourceKey, T> {
  const [grant, localBudget, community, ngo, other] = SOURCE_KEYS;
  return {
    grant: make(grant, 0),
    localBudget: make(localBudget, 1),
    community: make(community, 2),
    ngo: make(ngo, 3),
    other: make(other, 4),
  };
}

export type Aggregation = "mean" | "median" | "trimmed-mean";
export type TieBreak = "none" | "earlier-submission";

export type ProgramField =
  | "municipality"
  | "name"
  | "year"
  | "start"
  | "end"
  | "budget"
  | "planLocalBudget"
  | "planCommunity"
  | "planNgo"
  | "planOther"
  | "minCofinancingPct"
  | "minNgoPct"
  | "maxStaffPct"
  | "maxAdminPct"
  | "passScore"
  | "aggregation"
  | "divergenceThreshold"
  | "quorum"
  | "tieBreak"
  | "trancheScheme"
  | "trancheRounding"
  | "meetingDate"
  | "releaseThresholdPct"
  | "reallocationPct"
  | "asOf";

export interface Direction {
  readonly code: string;
  readonly name: string;
  readonly allocated: Decimal;
  readonly maxPerProject?: Decimal;
  readonly cells: Cells<"code" | "name" | "allocated" | "maxPerProject">;
}

/** The approved program (sheet Программа). Percent parameters are percents: 10 means 10 %. */
export interface Program {
  readonly municipality: string;
  readonly name: string;
  readonly year: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly budget: Decimal;
  readonly plan: Readonly<Partial<Record<Exclude<SourceKey, "grant">, Decimal>>>;
  readonly minCofinancingPct?: Decimal;
  readonly minNgoPct?: Decimal;
  readonly maxStaffPct?: Decimal;
  readonly maxAdminPct?: Decimal;
  readonly passScore?: Decimal;
  readonly aggregation: Aggregation;
  /** Absent: half of each criterion's max score. */
  readonly divergenceThreshold?: Decimal;
  readonly quorum?: number;
  readonly tieBreak: TieBreak;
  /** Percents of the default tranche scheme, e.g. [50, 30, 20]; default [100]. */
  readonly trancheScheme: readonly Decimal[];
  /** 0.01 (tyiyn) or 1 (whole som); default 0.01. */
  readonly trancheRounding: Decimal;
  /** Дата заседания: the commission's meeting, for the protocol. */
  readonly meetingDate?: IsoDate;
  /** Порог освоения, %: share of the grant paid so far that must be reported spent before the next tranche; absent: 75. */
  readonly releaseThresholdPct?: Decimal;
  /** Перераспределение, %: how far a budget line's spending may differ from its approved amount; absent: 15. */
  readonly reallocationPct?: Decimal;
  /** На дату: the date "overdue" is judged at; absent: no overdue checks. */
  readonly asOf?: IsoDate;
  /**
   * Public holidays and moved days off (Программа, table 3), besides Saturdays and Sundays: a computed
   * tranche date never falls on one. Absent or empty: only weekends are days off.
   */
  readonly nonWorkingDays?: readonly IsoDate[];
  readonly directions: readonly Direction[];
  readonly cells: Cells<ProgramField>;
}

export type ApplicationField =
  | "id"
  | "organization"
  | "organizationType"
  | "direction"
  | "project"
  | SourceKey
  | "total"
  | "start"
  | "end"
  | "submitted"
  | "tin";

/** One row of Заявки. `statedTotal` is the applicant's Итого when filled. */
export interface Application {
  readonly id: string;
  readonly organization: string;
  readonly organizationType: string;
  readonly direction: string;
  readonly project: string;
  readonly sources: Sources;
  readonly statedTotal?: Decimal;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  readonly submitted?: IsoDate;
  /** The organization's taxpayer number (ИНН), 14 digits; absent when blank or not 14 digits (a finding says so). */
  readonly tin?: string;
  readonly cells: Cells<ApplicationField>;
}

/** Line categories of Смета, in the domain's words. */
export const BUDGET_CATEGORIES = [
  "staff",
  "social-fund",
  "equipment",
  "supplies",
  "rent",
  "utilities",
  "travel",
  "communications",
  "events",
  "administrative",
  "other",
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export type BudgetLineField =
  "application" | "category" | "description" | "quantity" | "price" | "months" | SourceKey | "total";

/** One row of Смета. */
export interface BudgetLine {
  readonly application: string;
  readonly category: BudgetCategory;
  readonly description: string;
  readonly quantity?: Decimal;
  readonly price?: Decimal;
  readonly months?: Decimal;
  readonly sources: Sources;
  readonly statedTotal?: Decimal;
  readonly cells: Cells<BudgetLineField>;
}

export interface Criterion {
  readonly code: string;
  readonly name: string;
  readonly maxScore: Decimal;
  /** Default 1. */
  readonly weight: Decimal;
  readonly minScore?: Decimal;
  readonly cells: Cells<"code" | "name" | "maxScore" | "weight" | "minScore">;
}

export interface Member {
  readonly name: string;
  readonly role: string;
  /** Application numbers the member is recused from (column Отвод). */
  readonly recusedFrom: readonly string[];
  readonly cells: Cells<"name" | "role" | "recusedFrom">;
}

/** A score cell: a number, blank (missing) or a recusal mark (отвод, конфликт, —, -, x, recused). */
export type ScoreCell =
  | { readonly kind: "number"; readonly value: Decimal }
  | { readonly kind: "missing" }
  | { readonly kind: "recused" };

/** One row of Оценки: one member's scores for one application. */
export interface ScoreRow {
  readonly member: string;
  readonly application: string;
  /** By criterion code; a criterion without a column is absent. */
  readonly scores: Readonly<Record<string, ScoreCell>>;
  readonly comment: string;
  readonly cells: Cells<"member" | "application" | "comment">;
  /** The cell of each criterion's score, by criterion code. */
  readonly scoreCells: Readonly<Record<string, CellAddress>>;
}

export type ContractField =
  "application" | "number" | "date" | "amount" | "start" | "end" | "scheme" | "dates";

/** One row of Договоры. `scheme` absent: the program's default. */
export interface Contract {
  readonly application: string;
  readonly number: string;
  readonly date?: IsoDate;
  readonly amount: Decimal;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly scheme?: readonly Decimal[];
  readonly dates?: readonly IsoDate[];
  readonly cells: Cells<ContractField>;
}

export type PaymentField = "contract" | "tranche" | "date" | "amount" | "order";

/** One row of Платежи: money paid on one tranche of one contract (a tranche may take several payments). */
export interface Payment {
  /** № договора, as in Договоры. */
  readonly contract: string;
  /** № транша, 1-based. */
  readonly tranche: number;
  readonly date: IsoDate;
  readonly amount: Decimal;
  /** № платёжного поручения; "" when blank. */
  readonly order: string;
  readonly cells: Cells<PaymentField>;
}

export type SpendingReportField = "contract" | "tranche" | "category" | SourceKey | "accepted";

/**
 * One row of Отчёты: what the NGO reported spent from each source on one budget line in the period of
 * one tranche, as accepted by the municipality. A report counts from `accepted`.
 */
export interface SpendingReport {
  readonly contract: string;
  readonly tranche: number;
  readonly category: BudgetCategory;
  readonly sources: Sources;
  readonly accepted?: IsoDate;
  readonly cells: Cells<SpendingReportField>;
}

/** Everything people filled in, as plain data. Produced by the workbook layer, consumed by the core. */
export interface GszInput {
  readonly program: Program;
  readonly applications: readonly Application[];
  readonly budgetLines: readonly BudgetLine[];
  readonly criteria: readonly Criterion[];
  readonly commission: readonly Member[];
  readonly scores: readonly ScoreRow[];
  readonly contracts: readonly Contract[];
  /** Платежи (optional sheet); absent or empty: nothing paid yet. */
  readonly payments?: readonly Payment[];
  /** Отчёты (optional sheet); absent or empty: nothing reported yet. */
  readonly reports?: readonly SpendingReport[];
  /**
   * What reading noticed without stopping the run (empty rows inside a table, totals rows, rows with
   * data that are not read), each at its row. `analyze` returns them with the other findings.
   */
  readonly notes?: readonly Finding[];
  /** The first cell of Оценки's header row (A1 without a header): where a finding about all scores points. */
  readonly scoresAt?: CellAddress;
}
