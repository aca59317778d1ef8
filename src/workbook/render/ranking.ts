import { sumMoney } from "../../core/money";
import { totalDecimals } from "../../core/ranking";
import { MONEY_BEFORE_TEXT } from "../formats";
import type { GszInput, RankingEntry } from "../../core/model";
import { translate } from "../../i18n";
import { columnLetters } from "../a1";
import type { SheetLayout, WriteValue } from "../port";
import { num, subtotalSum } from "./cells";
import { outputSheetName } from "./names";
import { SheetBuilder, type ColumnSpec } from "./sheet-builder";
import { reasonText } from "./discrepancies";
import { RANKING_CHART_WIDTH, rankingChart } from "./charts/ranking";
import { spreadChart, widestSpreads } from "./charts/spread";
import { stampText, type RenderContext } from "./stamp";

/** Excel table names are workbook-wide identifiers: ASCII, the same in every language. */
export const RANKING_TABLE = "GszRanking";

/** Criterion headers must be unique inside a table; a duplicated code (itself a finding) gets a suffix. */
function criterionHeaders(codes: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return codes.map((code) => {
    const count = (seen.get(code) ?? 0) + 1;
    seen.set(code, count);
    return count === 1 ? code : `${code} (${count})`;
  });
}

/** `0.00`, `0.000`, …: the total's number format with the ranking's decimals. */
/**
 * The place, right-aligned with two characters of space after it, so that it never runs into the
 * application number beside it ("12 4" read as "124").
 */
export const PLACE_FORMAT = "0_)_)";

export function scoreFormat(decimals: number): string {
  return `0.${"0".repeat(decimals)}`;
}

/**
 * The Рейтинг sheet: one row per application in order of place, the direction as `code — name`, the
 * total (full precision in the cell, shown with 2 decimals, or as many as it takes to tell two
 * different totals apart: totalDecimals), the aggregate of each criterion (shown to 4 decimals so the
 * total can be recomputed by hand as Σ weight × aggregate), the status and its reason in plain words,
 * and a totals row over the requested and recommended money. An application nobody scored (no place)
 * has no total.
 */
export function renderRanking(
  input: GszInput,
  ranking: readonly RankingEntry[],
  ctx: RenderContext,
): SheetLayout {
  const t = (key: string): string => translate(ctx.lang, key);
  const codes = input.criteria.map((c) => c.code);
  const decimals = totalDecimals(ranking.filter((e) => e.place !== undefined).map((e) => e.total));
  const directionName = new Map<string, string>();
  for (const d of input.program.directions) if (!directionName.has(d.code)) directionName.set(d.code, d.name);
  const direction = (code: string): string => {
    const name = directionName.get(code);
    return name ? `${code} — ${name}` : code;
  };
  const columns: ColumnSpec[] = [
    { header: t("output.col.place"), format: "integer", numberFormat: PLACE_FORMAT },
    { header: t("output.col.application"), format: "text" },
    { header: t("output.col.organization"), format: "text", minWidth: 20 },
    { header: t("output.col.direction"), format: "text", minWidth: 14, maxWidth: 40 },
    { header: t("output.col.total"), format: "decimal", numberFormat: scoreFormat(decimals) },
    ...criterionHeaders(codes).map((header): ColumnSpec => ({ header, format: "decimal" })),
    { header: t("output.col.scorers"), format: "integer" },
    { header: t("output.col.recusals"), format: "integer" },
    { header: t("output.col.spread"), format: "decimal" },
    { header: t("output.col.passes"), format: "text" },
    { header: t("output.col.requested"), format: "money", minWidth: 14 },
    { header: t("output.col.recommended"), format: "money", minWidth: 14, numberFormat: MONEY_BEFORE_TEXT },
    { header: t("output.col.status"), format: "text", minWidth: 14 },
    { header: t("output.col.reason"), format: "text", minWidth: 30, maxWidth: 48 },
  ];
  const requestedCol = columns.length - 3;
  const recommendedCol = columns.length - 2;
  const statusCol = columns.length - 1;

  const sheet = new SheetBuilder(outputSheetName(ctx.lang, "ranking"), columns);
  sheet.title(translate(ctx.lang, "output.title.ranking", { program: input.program.name }));
  sheet.title(stampText(input.program, ctx));
  sheet.blank();
  sheet.freezeAtNextHeader();

  const rows = ranking.map((entry): WriteValue[] => [
    entry.place ?? null,
    entry.application,
    entry.organization,
    direction(entry.direction),
    entry.place === undefined ? null : num(entry.total),
    ...codes.map((code) => {
      const aggregate = entry.criteria[code];
      return aggregate === undefined ? null : num(aggregate);
    }),
    entry.scorers,
    entry.recusals,
    num(entry.largestSpread),
    t(entry.passes ? "output.yes" : "output.no"),
    num(entry.requested),
    num(entry.recommended),
    t(`output.status.${entry.status}`),
    reasonText(entry.reason, ctx.lang),
  ]);

  const first = sheet.table(RANKING_TABLE, rows, t("output.noData"), (firstRow, lastRow) => {
    const totals: WriteValue[] = columns.map(() => null);
    totals[0] = t("output.total");
    totals[requestedCol - 1] = subtotalSum(
      columnLetters(requestedCol),
      firstRow,
      lastRow,
      sumMoney(ranking.map((e) => e.requested)),
    );
    totals[recommendedCol - 1] = subtotalSum(
      columnLetters(recommendedCol),
      firstRow,
      lastRow,
      sumMoney(ranking.map((e) => e.recommended)),
    );
    return totals;
  });
  ranking.forEach((entry, i) => {
    if (entry.status === "below-pass" || entry.status === "ineligible" || entry.status === "not-scored") {
      sheet.highlight(first + i, statusCol);
    }
  });
  // The chart's figures go in columns whose format shows decimals: the total, the criteria, the spread.
  const spreadCol = 5 + codes.length + 3;
  const decimalCols = [...codes.map((_, i) => 6 + i), spreadCol, 6 + codes.length];
  rankingChart(sheet, ranking, {
    directions: input.program.directions.map((d) => d.code),
    directionLabel: direction,
    passScore: input.program.passScore,
    columns: { funded: 5, notFunded: decimalCols[0] ?? spreadCol, passScore: decimalCols[1] ?? spreadCol },
    width: RANKING_CHART_WIDTH,
    lang: ctx.lang,
  });
  spreadChart(sheet, widestSpreads(ranking, input.scores, input.criteria), {
    columns: { total: 5, median: decimalCols[0] ?? spreadCol },
    lang: ctx.lang,
  });
  return sheet.build();
}
