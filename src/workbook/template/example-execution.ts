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

/** The example's На дату: the end of the third quarter, so late reports and payments are judged. */
export const EXAMPLE_AS_OF = "2019-09-30";

/**
 * April to September 2019: every advance paid (ГСЗ-05/2019 in two payments), the second tranche of
 * ГСЗ-04/2019 paid after its report was accepted. Amounts follow the schedules (50/30/20 of the
 * program, the contracts' own schemes).
 */
export const EXAMPLE_PAYMENTS: readonly ExamplePayment[] = [
  { contract: "ГСЗ-04/2019", tranche: 1, date: "2019-04-02", amount: 30_000, order: "101" },
  { contract: "ГСЗ-01/2019", tranche: 1, date: "2019-04-03", amount: 62_500, order: "112" },
  { contract: "ГСЗ-05/2019", tranche: 1, date: "2019-04-03", amount: 12_000, order: "113" },
  { contract: "ГСЗ-02/2019", tranche: 1, date: "2019-04-04", amount: 60_000, order: "118" },
  { contract: "ГСЗ-05/2019", tranche: 1, date: "2019-04-17", amount: 12_000, order: "127" },
  { contract: "ГСЗ-03/2019", tranche: 1, date: "2019-05-06", amount: 35_000, order: "162" },
  { contract: "ГСЗ-04/2019", tranche: 2, date: "2019-07-03", amount: 18_000, order: "231" },
];

function report(
  contract: string,
  tranche: number,
  accepted: string,
  lines: readonly Omit<ExampleReport, "contract" | "tranche" | "accepted">[],
): ExampleReport[] {
  return lines.map((line) => ({ contract, tranche, accepted, ...line }));
}

/**
 * The reports the mayor's office accepted by the end of September, on the lines of each application's
 * Смета. Co-financing comes in money and in kind, the NGOs' own often above their plan (in the real
 * Kara-Balta program one NGO brought more than 82 206 som of its own). ГСЗ-01/2019 reported only
 * 41 000 of the 62 500 som advance spent (65.6 %, under the 75 % Порог освоения): its second tranche
 * is held back until a further report.
 */
export const EXAMPLE_REPORTS: readonly ExampleReport[] = [
  ...report("ГСЗ-04/2019", 1, "2019-06-24", [
    { category: "staff", grant: 6_600 },
    { category: "social-fund", grant: 1_138.5 },
    { category: "administrative", grant: 1_800 },
    { category: "supplies", grant: 15_000 },
    { category: "rent", localBudget: 5_000 },
    { category: "events", community: 1_500 },
    { category: "equipment", ngo: 4_000 },
  ]),
  ...report("ГСЗ-01/2019", 1, "2019-07-24", [
    { category: "staff", grant: 13_800 },
    { category: "social-fund", grant: 2_380.5 },
    { category: "administrative", grant: 3_600 },
    { category: "supplies", grant: 21_219.5 },
    { category: "rent", localBudget: 10_000 },
    { category: "events", community: 2_500 },
    { category: "equipment", ngo: 14_500 },
  ]),
  ...report("ГСЗ-02/2019", 1, "2019-07-15", [
    { category: "staff", grant: 13_200 },
    { category: "social-fund", grant: 2_277 },
    { category: "administrative", grant: 3_600 },
    { category: "supplies", grant: 14_000 },
    { category: "rent", localBudget: 7_500 },
    { category: "equipment", ngo: 5_000 },
  ]),
  ...report("ГСЗ-05/2019", 1, "2019-08-05", [
    { category: "staff", grant: 5_600 },
    { category: "social-fund", grant: 966 },
    { category: "administrative", grant: 1_600 },
    { category: "supplies", grant: 11_000 },
    { category: "rent", localBudget: 2_500 },
    { category: "events", community: 800 },
    { category: "equipment", ngo: 3_000 },
  ]),
  ...report("ГСЗ-03/2019", 1, "2019-08-20", [
    { category: "staff", grant: 7_200 },
    { category: "social-fund", grant: 1_242 },
    { category: "administrative", grant: 1_800 },
    { category: "supplies", grant: 17_000 },
    { category: "rent", localBudget: 2_500 },
    { category: "events", community: 1_200 },
    { category: "equipment", ngo: 2_500 },
  ]),
  ...report("ГСЗ-02/2019", 1, "2019-09-16", [
    { category: "staff", grant: 4_400 },
    { category: "supplies", grant: 14_000 },
    { category: "events", community: 4_000 },
    { category: "travel", other: 2_500 },
  ]),
  ...report("ГСЗ-04/2019", 2, "2019-09-23", [
    { category: "staff", grant: 6_600 },
    { category: "social-fund", grant: 1_138.5 },
    { category: "administrative", grant: 1_800 },
    { category: "supplies", grant: 6_000 },
    { category: "rent", localBudget: 3_750 },
    { category: "events", community: 1_000 },
    { category: "equipment", ngo: 2_500 },
    { category: "travel", other: 1_000 },
  ]),
];
