import Decimal from "decimal.js";
import type { Criterion, RankingEntry, ScoreRow } from "../../../core/model";
import { translate, type Lang } from "../../../i18n";
import type { WriteValue } from "../../port";
import { num } from "../cells";
import type { SheetBuilder } from "../sheet-builder";
import { PALETTE } from "./palette";
import { decimalText } from "./text";

/** The applications whose members disagree most; more would make a chart nobody reads. */
export const MAX_SPREAD_APPLICATIONS = 6;
export const SPREAD_CHART_ROWS = 20;

/** One member's total for one application. */
export interface MemberTotal {
  readonly member: string;
  readonly total: Decimal;
}

/** An application, its members' totals and their median, and how far the farthest member is from it. */
export interface ApplicationSpread {
  readonly entry: RankingEntry;
  readonly members: readonly MemberTotal[];
  readonly median: Decimal;
  readonly divergence: Decimal;
}

/**
 * A member's total for an application: Σ weight × score over every criterion, as the ranking weighs
 * an aggregate. A member who recused, or left a criterion blank, has no total (it would not compare).
 */
export function memberTotal(row: ScoreRow, criteria: readonly Criterion[]): Decimal | undefined {
  let total = new Decimal(0);
  for (const c of criteria) {
    const cell = row.scores[c.code];
    if (cell?.kind !== "number") return undefined;
    total = total.plus(c.weight.times(cell.value));
  }
  return criteria.length > 0 ? total : undefined;
}

export function median(values: readonly Decimal[]): Decimal {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): Decimal => sorted[i] ?? new Decimal(0);
  return sorted.length % 2 === 1
    ? at(mid)
    : at(mid - 1)
        .plus(at(mid))
        .div(2);
}

/**
 * The applications with at least two members' totals that differ, those farthest from their median first, at
 * most MAX_SPREAD_APPLICATIONS, then in order of place (the order the commission reads).
 */
export function widestSpreads(
  ranking: readonly RankingEntry[],
  scores: readonly ScoreRow[],
  criteria: readonly Criterion[],
): ApplicationSpread[] {
  const byApplication = new Map<string, MemberTotal[]>();
  for (const row of scores) {
    const total = memberTotal(row, criteria);
    if (total === undefined) continue;
    const list = byApplication.get(row.application) ?? [];
    list.push({ member: row.member, total });
    byApplication.set(row.application, list);
  }
  const spreads: ApplicationSpread[] = [];
  for (const entry of ranking) {
    const members = byApplication.get(entry.application);
    if (!members || members.length < 2 || entry.place === undefined) continue;
    const mid = median(members.map((m) => m.total));
    const divergence = Decimal.max(...members.map((m) => m.total.minus(mid).abs()));
    // Members who agree (the same total) leave nothing to discuss.
    if (divergence.gt(0)) spreads.push({ entry, members, median: mid, divergence });
  }
  const widest = [...spreads]
    .sort((a, b) => b.divergence.comparedTo(a.divergence))
    .slice(0, MAX_SPREAD_APPLICATIONS);
  return spreads.filter((s) => widest.includes(s));
}

/**
 * Below the ranking chart: each member's total for the applications whose members disagree most,
 * against the median of the members' totals (the divergence a commission discusses). A block of one
 * row per application and member (an empty row between applications, so that the median's line
 * breaks there) and a column chart of it with the median as a line.
 */
export function spreadChart(
  sheet: SheetBuilder,
  spreads: readonly ApplicationSpread[],
  context: {
    readonly columns: { readonly total: number; readonly median: number };
    readonly lang: Lang;
  },
): void {
  if (spreads.length === 0) return;
  const { columns, lang } = context;
  const t = (key: string, params?: Readonly<Record<string, string | number>>): string =>
    translate(lang, key, params);
  const lastCol = Math.max(columns.total, columns.median);
  const header: string[] = Array.from({ length: lastCol }, () => "");
  header[0] = t("output.col.place");
  header[1] = t("output.col.application");
  header[2] = t("chart.spread.member");
  header[3] = t("chart.spread.label");
  header[columns.total - 1] = t("chart.spread.memberTotal");
  header[columns.median - 1] = t("chart.spread.median");
  const rows: WriteValue[][] = [];
  spreads.forEach((s, i) => {
    if (i > 0) rows.push([]);
    for (const m of s.members) {
      const row: WriteValue[] = Array.from({ length: lastCol }, () => null);
      row[0] = s.entry.place ?? null;
      row[1] = s.entry.application;
      row[2] = m.member;
      row[3] = `${s.entry.application} · ${m.member}`;
      row[columns.total - 1] = num(m.total);
      row[columns.median - 1] = num(s.median);
      rows.push(row);
    }
  });

  sheet.blank();
  sheet.chartSection();
  sheet.title(t("chart.spread.block", { count: spreads.length }));
  // The chart first, then the cells it draws: the block starts below the chart and an empty row.
  const first = sheet.nextRow + SPREAD_CHART_ROWS + 2;
  const last = first + rows.length - 1;
  const column = (col: number) => ({ firstRow: first, lastRow: last, firstCol: col, lastCol: col });
  const widest = [...spreads].sort((a, b) => b.divergence.comparedTo(a.divergence))[0] as ApplicationSpread;
  const farthest = [...widest.members].sort((a, b) =>
    b.total.minus(widest.median).abs().comparedTo(a.total.minus(widest.median).abs()),
  )[0] as MemberTotal;
  sheet.chart(
    {
      kind: "column",
      title: t("chart.spread.title"),
      altText: t("chart.spread.alt", {
        count: spreads.length,
        application: widest.entry.application,
        member: farthest.member,
        total: decimalText(farthest.total, lang),
        median: decimalText(widest.median, lang),
      }),
      categories: column(4),
      series: [
        { name: t("chart.spread.memberTotal"), values: column(columns.total), color: PALETTE.skyBlue },
        {
          name: t("chart.spread.median"),
          values: column(columns.median),
          color: PALETTE.vermillion,
          asLine: true,
        },
      ],
      categoryAxisTitle: t("chart.spread.label"),
      valueAxisTitle: t("output.col.total"),
      numberFormat: "0.00",
      dataLabels: false,
    },
    SPREAD_CHART_ROWS,
  );
  sheet.blank();
  if (sheet.block(header, rows, t("output.noData")) !== first)
    throw new Error("the chart's block is not where the chart points");
}
