import { sumMoney } from "../../core/money";
import type { GszInput, RankingEntry } from "../../core/model";
import { translate } from "../../i18n";
import { columnLetters } from "../a1";
import type { SheetLayout, WriteValue } from "../port";
import { num, subtotalSum } from "./cells";
import { outputSheetName } from "./names";
import { SheetBuilder, type ColumnSpec } from "./sheet-builder";
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

/**
 * The Рейтинг sheet: one row per application in order of place, the aggregate of each criterion
 * (full precision in the cell, shown to 4 decimals so the total can be recomputed by hand as
 * Σ weight × aggregate), and a totals row over the requested and recommended money.
 */
export function renderRanking(
  input: GszInput,
  ranking: readonly RankingEntry[],
  ctx: RenderContext,
): SheetLayout {
  const t = (key: string): string => translate(ctx.lang, key);
  const codes = input.criteria.map((c) => c.code);
  const columns: ColumnSpec[] = [
    { header: t("output.col.place"), format: "integer" },
    { header: t("output.col.application"), format: "text" },
    { header: t("output.col.organization"), format: "text", minWidth: 20 },
    { header: t("output.col.direction"), format: "text" },
    { header: t("output.col.total"), format: "decimal" },
    ...criterionHeaders(codes).map((header): ColumnSpec => ({ header, format: "decimal" })),
    { header: t("output.col.scorers"), format: "integer" },
    { header: t("output.col.recusals"), format: "integer" },
    { header: t("output.col.spread"), format: "decimal" },
    { header: t("output.col.passes"), format: "text" },
    { header: t("output.col.requested"), format: "money", minWidth: 14 },
    { header: t("output.col.recommended"), format: "money", minWidth: 14 },
    { header: t("output.col.status"), format: "text", minWidth: 14 },
  ];
  const requestedCol = columns.length - 2;
  const recommendedCol = columns.length - 1;
  const statusCol = columns.length;

  const sheet = new SheetBuilder(outputSheetName(ctx.lang, "ranking"), columns);
  sheet.title(translate(ctx.lang, "output.title.ranking", { program: input.program.name }));
  sheet.title(stampText(input.program, ctx));
  sheet.blank();
  sheet.freezeAtNextHeader();

  const rows = ranking.map((entry): WriteValue[] => [
    entry.place ?? null,
    entry.application,
    entry.organization,
    entry.direction,
    num(entry.total),
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
    if (entry.status === "below-pass" || entry.status === "ineligible") sheet.highlight(first + i, statusCol);
  });
  return sheet.build();
}
