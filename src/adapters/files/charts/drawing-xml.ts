import type { ChartLayout } from "../../../workbook/port";
import { escapeXml } from "../../../workbook/xml";

const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A cell corner of an anchor: 0-based column and row, no offset. */
function corner(name: "from" | "to", at: { readonly row: number; readonly col: number }): string {
  return (
    `<xdr:${name}><xdr:col>${at.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${at.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${name}>`
  );
}

/**
 * One chart's place on the sheet: a two-cell anchor (it moves and sizes with its cells) holding a
 * graphic frame whose non-visual properties carry the chart's title and alternative text (what a
 * screen reader says and Excel's "Alt Text" pane shows), pointing at the chart part by `relId`.
 */
function anchor(chart: ChartLayout, index: number, relId: string): string {
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${corner("from", chart.anchor.from)}${corner("to", chart.anchor.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}" descr="${escapeXml(chart.altText)}" title="${escapeXml(chart.title)}"/>` +
    `<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing part of a sheet: one anchor per chart, the i-th pointing at relationship `rId{i+1}`. */
export function drawingXml(charts: readonly ChartLayout[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">` +
    charts.map((chart, i) => anchor(chart, i, `rId${i + 1}`)).join("") +
    `</xdr:wsDr>`
  );
}

/** The drawing's relationships: `rId{i+1}` to each chart part, by its path relative to xl/drawings/. */
export function drawingRelsXml(chartPaths: readonly string[]): string {
  const type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    chartPaths
      .map(
        (path, i) =>
          `<Relationship Id="rId${i + 1}" Type="${type}" Target="../${path.replace(/^xl\//, "")}"/>`,
      )
      .join("") +
    `</Relationships>`
  );
}
