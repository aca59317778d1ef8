import Decimal from "decimal.js";
import type { Consolidation, ConsolidationFinding, SummedFigures } from "../../core/consolidation";
import { SOURCE_KEYS } from "../../core/model";
import { translate, translateCount, type Lang } from "../../i18n";
import { ENGINE_VERSION } from "../../version";
import { cellRef, columnLetters } from "../a1";
import { FINGERPRINT_LABEL } from "../fingerprint";
import type { ChartLayout, PageSetupLayout, SheetLayout, WriteValue } from "../port";
import { fraction, num } from "./cells";
import { seriesColor } from "./charts/palette";
import { localizedMessage } from "./discrepancies";
import { SheetBuilder, type ColumnSpec } from "./sheet-builder";
import { formatStampTime, type RenderContext } from "./stamp";

/** One file given to the consolidation, as Источники lists it (in the order given). */
export interface SourceEntry {
  readonly file: string;
  /** SHA-256 (hex) of the file's bytes; absent when the file could not be read at all. */
  readonly sha256?: string;
  readonly municipality?: string;
  readonly year?: number;
  readonly program?: string;
  readonly included: boolean;
  /** Why it is not included, in the user's language. */
  readonly reason?: string;
}

export const CONSOLIDATION_TABLES = {
  programs: "GszSvodPrograms",
  years: "GszSvodYears",
  municipalities: "GszSvodMunicipalities",
  sources: "GszSvodSources",
  findings: "GszSvodFindings",
} as const;

/** The Сводка workbook's sheet names in one language. */
export function consolidationSheetNames(lang: Lang): {
  summary: string;
  sources: string;
  discrepancies: string;
} {
  return {
    summary: translate(lang, "consolidation.sheet.summary"),
    sources: translate(lang, "consolidation.sheet.sources"),
    discrepancies: translate(lang, "consolidation.sheet.discrepancies"),
  };
}

/** The first 1-based column of the five sources on Сводка (after municipality, year, program, budget, submitted, funded). */
const FIRST_SOURCE_COL = 7;

function summaryColumns(lang: Lang): ColumnSpec[] {
  const t = (key: string): string => translate(lang, key);
  return [
    { header: t("consolidation.col.municipality"), format: "text", minWidth: 16, maxWidth: 28 },
    { header: t("consolidation.col.year"), format: "integer", minWidth: 6 },
    { header: t("consolidation.col.program"), format: "text", minWidth: 16, maxWidth: 30 },
    { header: t("consolidation.col.budget"), format: "money", minWidth: 14 },
    { header: t("consolidation.col.submitted"), format: "integer", minWidth: 9, maxWidth: 10 },
    { header: t("consolidation.col.funded"), format: "integer", minWidth: 9, maxWidth: 10 },
    ...SOURCE_KEYS.map((key): ColumnSpec => ({
      header: t(`output.col.${key}`),
      format: "money",
      minWidth: 14,
    })),
    { header: t("output.col.sourcesTotal"), format: "money", minWidth: 15 },
    ...SOURCE_KEYS.map((key): ColumnSpec => ({
      header: t(`output.col.share.${key}`),
      format: "percent",
      maxWidth: 10,
    })),
    { header: t("output.col.leverage"), format: "money", maxWidth: 10 },
    { header: t("consolidation.col.paid"), format: "money", minWidth: 14 },
    { header: t("consolidation.col.spent"), format: "money", minWidth: 14 },
    { header: t("consolidation.col.toReturn"), format: "money", minWidth: 12 },
    { header: t("consolidation.col.errors"), format: "integer", maxWidth: 10 },
  ];
}

/** From the budget on: budget, counts, sources, total, shares, leverage, paid, spent, to return, errors. */
function figureCells(s: SummedFigures): WriteValue[] {
  const c = s.cofinancing;
  return [
    num(s.budget),
    s.submitted,
    s.funded,
    ...SOURCE_KEYS.map((key) => num(c.sources[key])),
    num(c.total),
    ...SOURCE_KEYS.map((key) => fraction(c.shares[key])),
    c.leverage === undefined ? null : num(c.leverage),
    num(s.paid),
    num(s.spent),
    num(s.toReturn),
    s.errors,
  ];
}

/**
 * The grand total row, right below the programs' table: SUM formulas over the programs' rows for
 * everything that adds up (with the engine's sums as their results), and the engine's shares and
 * leverage of the summed money as values (shares of a sum are never a sum or an average of shares;
 * largest remainder keeps them at exactly 100.00 %). Not an Excel totals row: those hold formulas only.
 */
function totalRow(label: string, total: SummedFigures, first: number, last: number): WriteValue[] {
  const cells = figureCells(total);
  const summed = (col: number, value: Decimal): WriteValue => {
    const letter = columnLetters(col);
    return { formula: `=SUM(${letter}${first}:${letter}${last})`, result: num(value) };
  };
  const c = total.cofinancing;
  const money: [number, Decimal][] = [
    [4, total.budget],
    [5, new Decimal(total.submitted)],
    [6, new Decimal(total.funded)],
    ...SOURCE_KEYS.map((key, i): [number, Decimal] => [FIRST_SOURCE_COL + i, c.sources[key]]),
    [12, c.total],
    [19, total.paid],
    [20, total.spent],
    [21, total.toReturn],
    [22, new Decimal(total.errors)],
  ];
  const row: WriteValue[] = [label, null, null, ...cells];
  for (const [col, value] of money) row[col - 1] = summed(col, value);
  return row;
}

function pageSetup(layout: SheetLayout, lang: Lang, landscape: boolean): SheetLayout {
  const header = layout.tables[0]?.headerRow ?? layout.freezeRows;
  const setup: PageSetupLayout = {
    orientation: landscape ? "landscape" : "portrait",
    ...(header !== undefined && header > 0 ? { repeatRows: { first: header, last: header } } : {}),
    header: translate(lang, "consolidation.print.header"),
    footer: translate(lang, "print.footer"),
  };
  return { ...layout, pageSetup: setup };
}

/** Columns narrower than their header wrap, so the header shows whole on two lines. */
function wrapLongHeaders(layout: SheetLayout, columns: readonly ColumnSpec[]): SheetLayout {
  return {
    ...layout,
    columns: layout.columns.map((c, i) =>
      (columns[i]?.header.length ?? 0) + 2 > c.width ? { ...c, wrap: true } : c,
    ),
  };
}

/** The stamp line: time, engine version, where the files' fingerprints are, and the consolidation's own. */
export function consolidationStamp(ctx: RenderContext): string {
  const text = translate(ctx.lang, "consolidation.stamp", {
    time: formatStampTime(ctx.now),
    version: ENGINE_VERSION,
    sheet: consolidationSheetNames(ctx.lang).sources,
  });
  return `${text} · ${FINGERPRINT_LABEL}: ${ctx.fingerprint}`;
}

/** The pie of the structure by source, drawn from the grand total row's own cells. */
export function structureChart(
  lang: Lang,
  sheet: string,
  rows: { readonly header: number; readonly totals: number },
): Omit<ChartLayout, "anchor"> {
  const { header: headerRow, totals: totalsRow } = rows;
  const last = FIRST_SOURCE_COL + SOURCE_KEYS.length - 1;
  return {
    kind: "pie",
    title: translate(lang, "consolidation.chart.title"),
    altText: translate(lang, "consolidation.chart.alt", { sheet }),
    categories: { firstRow: headerRow, lastRow: headerRow, firstCol: FIRST_SOURCE_COL, lastCol: last },
    series: [
      {
        name: translate(lang, "output.total"),
        values: { firstRow: totalsRow, lastRow: totalsRow, firstCol: FIRST_SOURCE_COL, lastCol: last },
        color: seriesColor(0),
        pointColors: SOURCE_KEYS.map((_, i) => seriesColor(i)),
      },
    ],
    numberFormat: "#,##0.00",
    dataLabels: true,
  };
}

/** Rows the pie takes below the tables (its rows stay empty). */
const CHART_ROWS = 20;

/**
 * Сводка: the programs with their grand total, then the subtotals per year and per municipality. The pie
 * of the structure by source (its series are the total row's own cells) is on the layout with
 * `drawChart` (the app's default: src/app/consolidate.ts DRAW_CHART).
 */
export function renderSummary(
  c: Consolidation,
  files: number,
  ctx: RenderContext,
  drawChart = false,
): SheetLayout {
  const { lang } = ctx;
  const t = (key: string, params?: Record<string, string | number>): string => translate(lang, key, params);
  const name = consolidationSheetNames(lang).summary;
  const sheet = new SheetBuilder(name, summaryColumns(lang));
  sheet.title(
    t("consolidation.title", {
      programs: translateCount(lang, "consolidation.count.programs", c.total.programs),
      files: translateCount(lang, "consolidation.count.fromFiles", files),
    }),
  );
  sheet.title(consolidationStamp(ctx));
  sheet.blank();
  if (drawChart) sheet.chartSection();
  sheet.title(t("consolidation.section.programs"));
  sheet.freezeAtNextHeader();
  const headerRow = sheet.nextRow;
  const rows = c.rows.map((r): WriteValue[] => [
    r.figures.municipality,
    r.figures.year,
    r.figures.program,
    ...figureCells(r),
  ]);
  const first = sheet.table(CONSOLIDATION_TABLES.programs, rows, t("consolidation.noData"));
  const totalsRow = first + rows.length;
  if (rows.length > 0) sheet.row(totalRow(t("output.total"), c.total, first, totalsRow - 1));
  if (rows.length > 0 && drawChart) {
    // Right below the grand total it draws (it covers no row: its rows stay empty); its section, the
    // programs' table with it, prints on one page when it fits.
    sheet.blank();
    sheet.chart(structureChart(lang, name, { header: headerRow, totals: totalsRow }), CHART_ROWS);
  }
  sheet.blank();
  const count = (s: SummedFigures): string => t("consolidation.programs", { count: s.programs });
  sheet.title(t("consolidation.section.years"));
  sheet.table(
    CONSOLIDATION_TABLES.years,
    c.byYear.map((y): WriteValue[] => [null, y.year, count(y), ...figureCells(y)]),
    t("consolidation.noData"),
  );
  sheet.blank();
  sheet.title(t("consolidation.section.municipalities"));
  sheet.table(
    CONSOLIDATION_TABLES.municipalities,
    c.byMunicipality.map((m): WriteValue[] => [m.municipality, null, count(m), ...figureCells(m)]),
    t("consolidation.noData"),
  );
  return pageSetup(wrapLongHeaders(sheet.build(), summaryColumns(lang)), lang, true);
}

/** Источники: every file given, in the order given, with its fingerprint and whether it was included. */
export function renderSources(entries: readonly SourceEntry[], ctx: RenderContext): SheetLayout {
  const { lang } = ctx;
  const t = (key: string, params?: Record<string, string | number>): string => translate(lang, key, params);
  const sheet = new SheetBuilder(consolidationSheetNames(lang).sources, [
    { header: t("consolidation.col.no"), format: "integer", minWidth: 5 },
    { header: t("consolidation.col.file"), format: "text", minWidth: 16, maxWidth: 40 },
    { header: t("consolidation.col.sha256"), format: "text", minWidth: 66, maxWidth: 66 },
    { header: t("consolidation.col.municipality"), format: "text", minWidth: 14, maxWidth: 28 },
    { header: t("consolidation.col.year"), format: "integer", minWidth: 6 },
    { header: t("consolidation.col.program"), format: "text", minWidth: 14, maxWidth: 30 },
    { header: t("consolidation.col.included"), format: "text", minWidth: 9 },
    { header: t("consolidation.col.reason"), format: "text", minWidth: 20, maxWidth: 50 },
  ]);
  const included = entries.filter((e) => e.included).length;
  sheet.title(t("consolidation.sources.title", { files: entries.length, included }));
  sheet.title(consolidationStamp(ctx));
  sheet.blank();
  sheet.freezeAtNextHeader();
  const first = sheet.table(
    CONSOLIDATION_TABLES.sources,
    entries.map((e, i): WriteValue[] => [
      i + 1,
      e.file,
      e.sha256 ?? null,
      e.municipality ?? null,
      e.year ?? null,
      e.program ?? null,
      t(e.included ? "consolidation.included.yes" : "consolidation.included.no"),
      e.reason ?? null,
    ]),
    t("consolidation.noData"),
  );
  const layout = sheet.build();
  const highlights = entries.flatMap((e, i) => (e.included ? [] : [{ row: first + i, col: 7 }]));
  return pageSetup({ ...layout, highlights }, lang, true);
}

/** A finding between programs in the user's language. */
export function consolidationFindingMessage(f: ConsolidationFinding, lang: Lang): string {
  return localizedMessage(f.message, f.params, lang);
}

/** Расхождения between programs: each names both files with sheet and cell. */
export function renderConsolidationFindings(
  findings: readonly ConsolidationFinding[],
  ctx: RenderContext,
): SheetLayout {
  const { lang } = ctx;
  const t = (key: string): string => translate(lang, key);
  const sheet = new SheetBuilder(consolidationSheetNames(lang).discrepancies, [
    { header: t("consolidation.col.severity"), format: "text", minWidth: 10 },
    { header: t("consolidation.col.rule"), format: "text", minWidth: 14, maxWidth: 30 },
    { header: t("consolidation.col.file"), format: "text", minWidth: 14, maxWidth: 30 },
    { header: t("consolidation.col.sheet"), format: "text", minWidth: 10 },
    { header: t("consolidation.col.cell"), format: "text", minWidth: 7 },
    { header: t("consolidation.col.otherFile"), format: "text", minWidth: 14, maxWidth: 30 },
    { header: t("consolidation.col.otherSheet"), format: "text", minWidth: 10 },
    { header: t("consolidation.col.otherCell"), format: "text", minWidth: 7 },
    { header: t("consolidation.col.message"), format: "text", minWidth: 30, maxWidth: 70 },
  ]);
  sheet.title(t("consolidation.discrepancies.title"));
  sheet.title(consolidationStamp(ctx));
  sheet.blank();
  sheet.freezeAtNextHeader();
  sheet.table(
    CONSOLIDATION_TABLES.findings,
    findings.map((f): WriteValue[] => [
      t(`core.severity.${f.severity}`),
      f.rule,
      f.at.file,
      f.at.address?.sheet ?? null,
      f.at.address ? cellRef(f.at.address.row, f.at.address.col) : null,
      f.other.file,
      f.other.address?.sheet ?? null,
      f.other.address ? cellRef(f.other.address.row, f.other.address.col) : null,
      consolidationFindingMessage(f, lang),
    ]),
    t("consolidation.noFindings"),
  );
  return pageSetup(sheet.build(), lang, true);
}
