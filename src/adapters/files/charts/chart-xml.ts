import type { ChartLayout, ChartSeriesLayout } from "../../../workbook/port";
import { escapeXml } from "../../../workbook/xml";
import { blockCells, blockFormula, cellValue, type SheetRows } from "./cells";

/**
 * One chart part (c:chartSpace) in the element order of the ECMA-376 schema (Excel refuses a chart
 * whose elements are out of order): a pie, a bar/column chart (clustered or stacked, horizontal or
 * vertical) with the `asLine` series as a line chart over it on the same axes, or a line chart. Every
 * series points at cells of the sheet (c:strRef / c:numRef) and carries their values (c:strCache /
 * c:numCache), which Excel and LibreOffice show until they recalculate.
 */

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CAT_AX = 500000001;
const VAL_AX = 500000002;

const val = (name: string, value: string | number): string => `<c:${name} val="${value}"/>`;

/** Text in a title or on an axis: one paragraph of `size` hundredths of a point, bold or not. */
function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string, size: number): string {
  return `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;
}

const fill = (color: string): string => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;

/** The category labels: a reference and the texts of its cells. */
function categories(chart: ChartLayout, sheetName: string, rows: SheetRows): string {
  const cells = blockCells(chart.categories);
  const points = cells
    .map(({ row, col }, i) => {
      const value = cellValue(rows, row, col);
      return value === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(value))}</c:v></c:pt>`;
    })
    .join("");
  return (
    `<c:cat><c:strRef><c:f>${escapeXml(blockFormula(sheetName, chart.categories))}</c:f>` +
    `<c:strCache>${val("ptCount", cells.length)}${points}</c:strCache></c:strRef></c:cat>`
  );
}

/** A series' values: a reference and the numbers of its cells (an empty or text cell has no point). */
function values(series: ChartSeriesLayout, chart: ChartLayout, sheetName: string, rows: SheetRows): string {
  const cells = blockCells(series.values);
  const points = cells
    .map(({ row, col }, i) => {
      const value = cellValue(rows, row, col);
      return typeof value === "number" && Number.isFinite(value)
        ? `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`
        : "";
    })
    .join("");
  return (
    `<c:val><c:numRef><c:f>${escapeXml(blockFormula(sheetName, series.values))}</c:f>` +
    `<c:numCache><c:formatCode>${escapeXml(chart.numberFormat)}</c:formatCode>${val("ptCount", cells.length)}` +
    `${points}</c:numCache></c:numRef></c:val>`
  );
}

/** The chart's number format for labels: a zero (an empty month, a source not used) gets no label. */
export function labelFormat(format: string): string {
  return format.includes(";") ? format : `${format};-${format};;`;
}

/** Values written on the points, in the chart's number format. */
function dataLabels(chart: ChartLayout, position?: string): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(labelFormat(chart.numberFormat))}" sourceLinked="0"/>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>` +
    (position ? val("dLblPos", position) : "") +
    `${val("showLegendKey", 0)}${val("showVal", 1)}${val("showCatName", 0)}${val("showSerName", 0)}` +
    `${val("showPercent", 0)}${val("showBubbleSize", 0)}</c:dLbls>`
  );
}

const NO_LABELS = `<c:dLbls>${val("showLegendKey", 0)}${val("showVal", 0)}${val("showCatName", 0)}${val("showSerName", 0)}${val("showPercent", 0)}${val("showBubbleSize", 0)}</c:dLbls>`;

function seriesHead(series: ChartSeriesLayout, index: number): string {
  return `${val("idx", index)}${val("order", index)}<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>`;
}

function pieSeries(chart: ChartLayout, sheetName: string, rows: SheetRows): string {
  const series = chart.series[0];
  if (!series) return "";
  const points = (series.pointColors ?? [])
    .map(
      (color, i) =>
        `<c:dPt>${val("idx", i)}${val("bubble3D", 0)}<c:spPr>${fill(color)}<a:ln w="12700">${fill("FFFFFF")}</a:ln></c:spPr></c:dPt>`,
    )
    .join("");
  return (
    `<c:ser>${seriesHead(series, 0)}<c:spPr>${fill(series.color)}</c:spPr>${points}` +
    `${chart.dataLabels ? dataLabels(chart, "bestFit") : ""}` +
    `${categories(chart, sheetName, rows)}${values(series, chart, sheetName, rows)}</c:ser>`
  );
}

function barSeries(
  series: ChartSeriesLayout,
  index: number,
  chart: ChartLayout,
  sheetName: string,
  rows: SheetRows,
): string {
  return (
    `<c:ser>${seriesHead(series, index)}<c:spPr>${fill(series.color)}</c:spPr>${val("invertIfNegative", 0)}` +
    `${chart.dataLabels ? dataLabels(chart) : ""}` +
    `${categories(chart, sheetName, rows)}${values(series, chart, sheetName, rows)}</c:ser>`
  );
}

function lineSeries(
  series: ChartSeriesLayout,
  index: number,
  chart: ChartLayout,
  sheetName: string,
  rows: SheetRows,
): string {
  return (
    `<c:ser>${seriesHead(series, index)}` +
    `<c:spPr><a:ln w="28575" cap="rnd">${fill(series.color)}<a:round/></a:ln></c:spPr>` +
    `<c:marker>${val("symbol", "dash")}${val("size", 12)}<c:spPr>${fill(series.color)}<a:ln>${fill(series.color)}</a:ln></c:spPr></c:marker>` +
    `${categories(chart, sheetName, rows)}${values(series, chart, sheetName, rows)}${val("smooth", 0)}</c:ser>`
  );
}

const GRID = `<c:majorGridlines><c:spPr><a:ln w="6350">${fill("D9D9D9")}</a:ln></c:spPr></c:majorGridlines>`;
const AXIS_TEXT = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>`;

/** Whether every value the chart draws is zero or more: then its value axis starts at zero, as a reader expects of bars. */
function noneNegative(chart: ChartLayout, rows: SheetRows): boolean {
  return chart.series.every((s) =>
    blockCells(s.values).every(({ row, col }) => {
      const value = cellValue(rows, row, col);
      return typeof value !== "number" || value >= 0;
    }),
  );
}

function axes(chart: ChartLayout, horizontal: boolean, fromZero: boolean): string {
  const catTitle = chart.categoryAxisTitle ? title(chart.categoryAxisTitle, 900) : "";
  const valTitle = chart.valueAxisTitle ? title(chart.valueAxisTitle, 900) : "";
  const scaling = `<c:scaling>${val("orientation", horizontal ? "maxMin" : "minMax")}</c:scaling>`;
  return (
    `<c:catAx>${val("axId", CAT_AX)}${scaling}${val("delete", 0)}${val("axPos", horizontal ? "l" : "b")}` +
    `${catTitle}<c:numFmt formatCode="General" sourceLinked="1"/>${val("majorTickMark", "out")}` +
    `${val("minorTickMark", "none")}${val("tickLblPos", "low")}${AXIS_TEXT}${val("crossAx", VAL_AX)}` +
    `${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}` +
    `${val("noMultiLvlLbl", 0)}</c:catAx>` +
    `<c:valAx>${val("axId", VAL_AX)}<c:scaling>${val("orientation", "minMax")}${fromZero ? val("min", 0) : ""}</c:scaling>${val("delete", 0)}` +
    `${val("axPos", horizontal ? "b" : "l")}${GRID}${valTitle}` +
    `<c:numFmt formatCode="${escapeXml(chart.numberFormat)}" sourceLinked="0"/>${val("majorTickMark", "out")}` +
    `${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${AXIS_TEXT}${val("crossAx", CAT_AX)}` +
    `${val("crosses", horizontal ? "max" : "autoZero")}${val("crossBetween", "between")}</c:valAx>`
  );
}

function plotArea(chart: ChartLayout, sheetName: string, rows: SheetRows): string {
  if (chart.kind === "pie") {
    return `<c:plotArea><c:layout/><c:pieChart>${val("varyColors", 1)}${pieSeries(chart, sheetName, rows)}${val("firstSliceAng", 0)}</c:pieChart></c:plotArea>`;
  }
  const axisIds = `${val("axId", CAT_AX)}${val("axId", VAL_AX)}`;
  const lines = chart.kind === "line" ? chart.series : chart.series.filter((s) => s.asLine === true);
  const bars = chart.kind === "line" ? [] : chart.series.filter((s) => s.asLine !== true);
  const stacked = chart.kind === "stacked-column" || chart.kind === "stacked-bar";
  const horizontal = chart.kind === "bar" || chart.kind === "stacked-bar";
  let index = 0;
  const barXml =
    bars.length === 0
      ? ""
      : `<c:barChart>${val("barDir", horizontal ? "bar" : "col")}${val("grouping", stacked ? "stacked" : "clustered")}` +
        `${val("varyColors", 0)}${bars.map((s) => barSeries(s, index++, chart, sheetName, rows)).join("")}` +
        `${val("gapWidth", stacked ? 50 : 80)}${stacked ? val("overlap", 100) : ""}${axisIds}</c:barChart>`;
  const lineXml =
    lines.length === 0
      ? ""
      : `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}` +
        `${lines.map((s) => lineSeries(s, index++, chart, sheetName, rows)).join("")}${NO_LABELS}` +
        `${val("marker", 1)}${axisIds}</c:lineChart>`;
  return `<c:plotArea><c:layout/>${barXml}${lineXml}${axes(chart, horizontal && lines.length === 0, noneNegative(chart, rows))}</c:plotArea>`;
}

/** The chart part's XML. `rows` are the sheet's rows, whose values the caches hold. */
export function chartXml(chart: ChartLayout, sheetName: string, rows: SheetRows): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    `${val("date1904", 0)}${val("lang", "ru-RU")}${val("roundedCorners", 0)}` +
    `<c:chart>${title(chart.title, 1200)}${val("autoTitleDeleted", 0)}${plotArea(chart, sheetName, rows)}` +
    `<c:legend>${val("legendPos", "b")}${val("overlay", 0)}${AXIS_TEXT}</c:legend>` +
    `${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `<c:spPr>${fill("FFFFFF")}<a:ln w="9525">${fill("BFBFBF")}</a:ln></c:spPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/>` +
    `<c:pageSetup/></c:printSettings></c:chartSpace>`
  );
}
