import type { BudgetCategory } from "../../core/model";

/** One payment of the example (Платежи). */
export interface ExamplePayment {
  readonly contract: string;
  readonly tranche: number;
  readonly date: string;
  readonly amount: number;
  readonly order: string;
}

/** One spending report line of the example (Отчёты); absent sources are blank. */
export interface ExampleReport {
  readonly contract: string;
  readonly tranche: number;
  readonly category: BudgetCategory;
  readonly grant?: number;
  readonly localBudget?: number;
  readonly community?: number;
  readonly ngo?: number;
  readonly other?: number;
  readonly accepted?: string;
}

export const EXAMPLE_PAYMENTS: readonly ExamplePayment[] = [];
export const EXAMPLE_REPORTS: readonly ExampleReport[] = [];
