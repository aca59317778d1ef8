import type Decimal from "decimal.js";
import type { Execution, IsoDate, TrancheSchedule, TrancheStatus } from "../../core/model";
import { translate, type Lang } from "../../i18n";
import type { ColumnFormat } from "../port";

/**
 * The columns of the tranche schedule, declared once for every place it goes: the Транши sheet, the
 * accountants' CSV (`gsz tranches --csv`, the pane's CSV) and the pane's export workbook. Each value is
 * typed; each writer only chooses how a type is written (a percent is 50 = 50 % here, written as the
 * fraction 0.5 under a percent format in a workbook and as `50,00` in the CSV).
 */
export type TrancheValue =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "integer"; readonly value: number }
  | { readonly kind: "date"; readonly iso: IsoDate }
  | { readonly kind: "percent"; readonly percent: Decimal }
  | { readonly kind: "money"; readonly amount: Decimal };

export interface TrancheColumn {
  /** The header's message key. */
  readonly header: string;
  readonly format: ColumnFormat;
  /** Width in characters of the export workbook's column. */
  readonly width: number;
  /** Bounds of the output sheet's column, which is sized to its content. */
  readonly minWidth?: number;
  readonly maxWidth?: number;
}

export const TRANCHE_COLUMNS: readonly TrancheColumn[] = [
  { header: "output.col.contract", format: "text", width: 14 },
  { header: "output.col.application", format: "text", width: 12 },
  { header: "output.col.organization", format: "text", width: 36, minWidth: 20 },
  { header: "output.col.tranche", format: "integer", width: 8 },
  { header: "output.col.date", format: "date", width: 12, minWidth: 12 },
  { header: "output.col.percent", format: "percent", width: 9 },
  { header: "output.col.amount", format: "money", width: 16, minWidth: 14 },
  { header: "output.col.cumulative", format: "money", width: 16, minWidth: 14 },
  { header: "output.col.condition", format: "text", width: 40, minWidth: 20, maxWidth: 60 },
];

/** The position of the amount column (1-based), for totals. */
export const TRANCHE_AMOUNT_COLUMN = 7;

/**
 * Whether tranche statuses are shown — the one place that decides it for the Транши sheet, the tranche
 * CSV, the payment calendar and the pane's exports: when Платежи has rows (CLI.md), not when only
 * Отчёты has (nothing paid is known then, so "overdue" would only restate the schedule).
 */
export function showsTrancheStatus(execution?: Execution): execution is Execution {
  return execution?.present === true && execution.paymentsPresent;
}

/** Where the tranche stands (paid / due / overdue / planned), last, when Платежи has rows. */
export const TRANCHE_STATUS_COLUMN: TrancheColumn = {
  header: "execution.col.status",
  format: "text",
  width: 14,
  minWidth: 12,
};

/** The columns for a result: TRANCHE_COLUMNS, and the status column when showsTrancheStatus. */
export function trancheColumns(execution?: Execution): readonly TrancheColumn[] {
  return showsTrancheStatus(execution) ? [...TRANCHE_COLUMNS, TRANCHE_STATUS_COLUMN] : TRANCHE_COLUMNS;
}

export function trancheHeaders(lang: Lang, execution?: Execution): string[] {
  return trancheColumns(execution).map((c) => translate(lang, c.header));
}

/** Each contract's tranche statuses by tranche number, when showsTrancheStatus. */
function statusesOf(execution: Execution | undefined): Map<string, Map<number, TrancheStatus>> | undefined {
  if (!showsTrancheStatus(execution)) return undefined;
  return new Map(
    execution.contracts.map((c) => [c.contract, new Map(c.tranches.map((t) => [t.n, t.status]))]),
  );
}

/**
 * One row per tranche of every schedule, in trancheColumns(execution)'s order. With statuses, the
 * last value is the tranche's status in words (empty for a tranche the execution does not know).
 */
export function trancheRows(
  schedules: readonly TrancheSchedule[],
  lang: Lang,
  execution?: Execution,
): TrancheValue[][] {
  const statuses = statusesOf(execution);
  const rows: TrancheValue[][] = [];
  for (const s of schedules) {
    const byNumber = statuses?.get(s.contract);
    for (const t of s.items) {
      const status = byNumber?.get(t.n);
      const statusValue: TrancheValue[] = statuses
        ? [{ kind: "text", text: status ? translate(lang, `execution.status.${status}`) : "" }]
        : [];
      rows.push([
        { kind: "text", text: s.contract },
        { kind: "text", text: s.application },
        { kind: "text", text: s.organization },
        { kind: "integer", value: t.n },
        { kind: "date", iso: t.date },
        { kind: "percent", percent: t.percent },
        { kind: "money", amount: t.amount },
        { kind: "money", amount: t.cumulative },
        { kind: "text", text: translate(lang, t.condition, t.conditionParams) },
        ...statusValue,
      ]);
    }
  }
  return rows;
}
