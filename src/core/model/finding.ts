import { compareCodeUnits } from "../text";
import type { CellAddress } from "./address";

/**
 * The rule ids of WORKBOOK.md ("Rule ids the discrepancy check must have"), then the ones added since
 * (see docs/RULES.md).
 */
export const RULE_IDS = [
  "direction-unknown",
  "direction-over-allocation",
  "program-over-budget",
  "request-over-cap",
  "sources-sum-mismatch",
  "budget-lines-mismatch",
  "budget-line-arithmetic",
  "cofinancing-below-min",
  "ngo-contribution-below-min",
  "staff-cost-over-cap",
  "admin-cost-over-cap",
  "source-vs-plan",
  "ineligible-applicant",
  "duplicate-id",
  "score-out-of-range",
  "score-missing",
  "score-divergence",
  "recused-but-scored",
  "quorum-not-met",
  "tie-at-funding-line",
  "contract-not-recommended",
  "contract-over-request",
  "tranche-percent-sum",
  "tranche-date-outside",
  "period-outside-program",
  // Added by the discrepancy check (beyond WORKBOOK.md's list, which allows adding rules):
  "application-unknown",
  "member-unknown",
  // Added by reading the input sheets (src/workbook/read), findings that do not stop the run:
  "empty-row",
  "totals-row",
  "row-not-read",
  "table-not-extended",
  // The year after the contracts (src/core/execution, docs/RULES.md "Execution"):
  "payment-unknown",
  "payment-over-tranche",
  "payment-before-release",
  "payments-over-contract",
  "report-unknown-line",
  "spent-over-paid",
  "line-over-tolerance",
  "cofinancing-delivered-below-plan",
  "report-overdue",
  "payment-overdue",
  "grant-to-return",
  // Added by the honest ranking (docs/RULES.md, "Scores, reasons and percent parameters"):
  "no-scores",
  "percent-as-fraction",
  // Read from Программа table 3 (docs/RULES.md, "Reading"):
  "non-working-days-other-year",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = "error" | "warning" | "info";

/** Values interpolated into a message: plain strings, already formatted as decimals or ISO dates. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A discrepancy, as data. The message is a key into the i18n catalogue (src/i18n), translated only at
 * the edges (CLI, task pane, output sheet). `expected` / `actual` are decimal strings ("250000.00"),
 * ISO dates or plain text, never localized.
 */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The cell a person must look at. */
  readonly address?: CellAddress;
  readonly message: string;
  readonly params?: MessageParams;
  readonly expected?: string;
  readonly actual?: string;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Errors first, then warnings, then information; within a severity by sheet, row, column, rule (texts by
 * code unit, so the order is the same on every machine).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareCodeUnits(a.address?.sheet ?? "", b.address?.sheet ?? "") ||
    (a.address?.row ?? 0) - (b.address?.row ?? 0) ||
    (a.address?.col ?? 0) - (b.address?.col ?? 0) ||
    compareCodeUnits(a.rule, b.rule)
  );
}
