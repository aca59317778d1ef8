import type Decimal from "decimal.js";
import type { CellAddress } from "./address";
import type { BudgetCategory, IsoDate, SourceKey } from "./workbook";

/**
 * Where a tranche stands (CLI.md): `paid` in full; `due` when its date has come (or it is releasable)
 * and it is not paid in full; `overdue` when unpaid after its date as of the program's На дату;
 * `planned` otherwise.
 */
export type TrancheStatus = "paid" | "due" | "overdue" | "planned";

/** Why the next tranche may not be released yet (WORKBOOK.md, "Release of a tranche k > 1"). */
export type ReleaseBlock = "previous-unpaid" | "reports-missing" | "spent-below-threshold" | "date-not-come";

/** One tranche of a contract's schedule with what has been paid on it. */
export interface TrancheExecution {
  readonly n: number;
  readonly date: IsoDate;
  readonly amount: Decimal;
  /** Sum of the Платежи rows for this tranche. */
  readonly paid: Decimal;
  /** amount − paid, never below zero. */
  readonly unpaid: Decimal;
  readonly status: TrancheStatus;
}

/** The tranche to pay next: the first not paid in full. */
export interface NextTranche {
  readonly n: number;
  readonly date: IsoDate;
  /** What is still to pay on it. */
  readonly amount: Decimal;
  readonly releasable: boolean;
  /** Empty when releasable. */
  readonly blockedBy: readonly ReleaseBlock[];
}

/** One budget line (Статья) of a contract: approved in Смета (grant) vs reported spent (grant). */
export interface LineExecution {
  readonly category: BudgetCategory;
  readonly approved: Decimal;
  readonly spent: Decimal;
  /** spent − approved. */
  readonly deviation: Decimal;
  /** deviation as a percent of approved, 2 decimals; absent when approved is zero. */
  readonly deviationPct?: Decimal;
  readonly overTolerance: boolean;
}

/** Co-financing of one source: planned in the application vs delivered as reported. */
export interface DeliveredSource {
  readonly planned: Decimal;
  readonly delivered: Decimal;
}

/** One contract's year: money paid, spent and held, the next tranche, lines and co-financing delivered. */
export interface ContractExecution {
  readonly contract: string;
  readonly application: string;
  readonly organization: string;
  /** The contract's grant (Сумма гранта). */
  readonly grant: Decimal;
  readonly paid: Decimal;
  /** Reported spent from the grant (accepted reports). */
  readonly spent: Decimal;
  /** paid − spent: grant money held by the NGO. */
  readonly balance: Decimal;
  /** spent / paid as a percent, 2 decimals; absent when nothing was paid. */
  readonly spentPct?: Decimal;
  readonly tranches: readonly TrancheExecution[];
  /** Absent when every tranche is paid in full. */
  readonly nextTranche?: NextTranche;
  readonly lines: readonly LineExecution[];
  readonly delivered: Readonly<Record<SourceKey, DeliveredSource>>;
  /** Grant to return: paid − spent once the contract has ended (as of На дату) or every tranche is paid and reported; else zero. */
  readonly toReturn: Decimal;
  /** The contract's row in Договоры. */
  readonly address?: CellAddress;
}

/** The year after the contracts. `present` is true when Платежи or Отчёты has rows (then the sheet and JSON show it). */
export interface Execution {
  readonly present: boolean;
  /** Платежи has rows: only then is each tranche's status (paid / due / overdue / planned) shown (CLI.md). */
  readonly paymentsPresent: boolean;
  readonly contracts: readonly ContractExecution[];
}
