import type Decimal from "decimal.js";
import type { IsoDate, TrancheSchedule } from "../../core/model";
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

export function trancheHeaders(lang: Lang): string[] {
  return TRANCHE_COLUMNS.map((c) => translate(lang, c.header));
}

/** One row per tranche of every schedule, in TRANCHE_COLUMNS' order. */
export function trancheRows(schedules: readonly TrancheSchedule[], lang: Lang): TrancheValue[][] {
  const rows: TrancheValue[][] = [];
  for (const s of schedules) {
    for (const t of s.items) {
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
      ]);
    }
  }
  return rows;
}
