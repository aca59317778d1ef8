import { sumMoney } from "../../core/money";
import type Decimal from "decimal.js";
import {
  SOURCE_KEYS,
  type Cofinancing,
  type CofinancingFigures,
  type GszInput,
  type GszResult,
} from "../../core/model";
import { translate } from "../../i18n";
import { columnLetters } from "../a1";
import type { SheetLayout, WriteValue } from "../port";
import { fraction, num, subtotalSum } from "./cells";
import { cofinancingCharts } from "./charts/cofinancing";
import { outputSheetName } from "./names";
import { SheetBuilder, type ColumnSpec, type TotalsBuilder } from "./sheet-builder";
import { stampText, type RenderContext } from "./stamp";

export const COFINANCING_TABLES = {
  applications: "GszCofinancingApplications",
  directions: "GszCofinancingDirections",
  program: "GszCofinancingProgram",
  directionsSubmitted: "GszCofinancingDirectionsSubmitted",
  programSubmitted: "GszCofinancingProgramSubmitted",
} as const;

/** Label, the five sources, total, the five shares, leverage. */
function figuresRow(label: string, figures: CofinancingFigures): WriteValue[] {
  return [
    label,
    ...SOURCE_KEYS.map((key) => num(figures.sources[key])),
    num(figures.total),
    ...SOURCE_KEYS.map((key) => fraction(figures.shares[key])),
    figures.leverage === undefined ? null : num(figures.leverage),
  ];
}

/** SUBTOTAL formulas over the money columns (sources and total); shares and leverage do not add up. */
function moneyTotals(label: string, figures: readonly CofinancingFigures[]): TotalsBuilder {
  return (first, last) => {
    const sums: Decimal[] = [
      ...SOURCE_KEYS.map((key) => sumMoney(figures.map((f) => f.sources[key]))),
      sumMoney(figures.map((f) => f.total)),
    ];
    const cells: WriteValue[] = [label];
    sums.forEach((sum, i) => cells.push(subtotalSum(columnLetters(i + 2), first, last, sum)));
    for (let i = 0; i < SOURCE_KEYS.length + 1; i++) cells.push(null);
    return cells;
  };
}

/**
 * The Софинансирование sheet: five tables (per application; per direction and the whole program over
 * the funded applications; the same two over every submitted application, labelled so) with each
 * source in som, the total, each source's share of the total (the engine's shares, 0.01 % each and
 * summing to exactly 100.00 %), and leverage (non-grant som per grant som).
 */
export function renderCofinancing(input: GszInput, result: GszResult, ctx: RenderContext): SheetLayout {
  const t = (key: string): string => translate(ctx.lang, key);
  const columns: ColumnSpec[] = [
    { header: t("output.col.level"), format: "text", minWidth: 14 },
    ...SOURCE_KEYS.map((key): ColumnSpec => ({
      header: t(`output.col.${key}`),
      format: "money",
      minWidth: 14,
    })),
    { header: t("output.col.sourcesTotal"), format: "money", minWidth: 14 },
    ...SOURCE_KEYS.map((key): ColumnSpec => ({ header: t(`output.col.share.${key}`), format: "percent" })),
    { header: t("output.col.leverage"), format: "money" },
  ];
  const { cofinancing } = result;
  const directionName = new Map(input.program.directions.map((d) => [d.code, d.name]));

  const sheet = new SheetBuilder(outputSheetName(ctx.lang, "cofinancing"), columns);
  sheet.title(translate(ctx.lang, "output.title.cofinancing", { program: input.program.name }));
  sheet.title(stampText(input.program, ctx));
  sheet.blank();

  sheet.title(t("output.section.applications"));
  const applicationsRow = sheet.table(
    COFINANCING_TABLES.applications,
    cofinancing.applications.map((a) => figuresRow(a.application, a)),
    t("output.noData"),
    moneyTotals(t("output.total"), cofinancing.applications),
  );
  sheet.blank();

  const directionRows = (list: Cofinancing["directions"]): WriteValue[][] =>
    list.map((d) => {
      const name = directionName.get(d.direction);
      return figuresRow(name ? `${d.direction} — ${name}` : d.direction, d);
    });
  const programName = input.program.name || t("output.program");

  // Funded applications first (what the program finances), then every submitted one, each labelled.
  sheet.title(t("output.section.directions.funded"));
  const directionsRow = sheet.table(
    COFINANCING_TABLES.directions,
    directionRows(cofinancing.directions),
    t("output.noData"),
    moneyTotals(t("output.total"), cofinancing.directions),
  );
  sheet.blank();

  sheet.title(t("output.section.program.funded"));
  const programRow = sheet.table(
    COFINANCING_TABLES.program,
    [figuresRow(programName, cofinancing.program)],
    t("output.noData"),
  );
  sheet.blank();

  sheet.title(t("output.section.directions.submitted"));
  sheet.table(
    COFINANCING_TABLES.directionsSubmitted,
    directionRows(cofinancing.directionsSubmitted),
    t("output.noData"),
    moneyTotals(t("output.total"), cofinancing.directionsSubmitted),
  );
  sheet.blank();

  sheet.title(t("output.section.program.submitted"));
  sheet.table(
    COFINANCING_TABLES.programSubmitted,
    [figuresRow(programName, cofinancing.programSubmitted)],
    t("output.noData"),
  );
  cofinancingCharts(
    sheet,
    cofinancing,
    { applications: applicationsRow, directions: directionsRow, program: programRow },
    ctx.lang,
  );
  return sheet.build();
}
