import type { ChartLayout } from "../../workbook/port";
import type { SheetRows } from "./charts/cells";
import { chartXml } from "./charts/chart-xml";
import { drawingRelsXml, drawingXml } from "./charts/drawing-xml";

export type { SheetRows } from "./charts/cells";

/** The package parts that draw one sheet's charts (DrawingML), for a results workbook writer. */
export interface ChartPackageParts {
  /** The drawing part the sheet points at with `<drawing r:id="…"/>`, and its relationships to the charts. */
  readonly drawing: { readonly path: string; readonly xml: string; readonly relsXml: string };
  /** One chart part per chart (`xl/charts/chartN.xml`). */
  readonly charts: readonly { readonly path: string; readonly xml: string }[];
  /** `<Override>` entries for [Content_Types].xml. */
  readonly contentTypes: readonly { readonly partName: string; readonly contentType: string }[];
}

export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** The type of the sheet's relationship to its drawing part. */
export const DRAWING_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

/** Where a sheet's drawing part's relationships go: xl/drawings/_rels/drawingN.xml.rels. */
export function drawingRelsPath(drawingPath: string): string {
  const slash = drawingPath.lastIndexOf("/");
  return `${drawingPath.slice(0, slash)}/_rels/${drawingPath.slice(slash + 1)}.rels`;
}

/**
 * The drawing and chart parts of one sheet's charts. `sheetName` is the sheet the series point at;
 * `drawing` numbers the drawing part (xl/drawings/drawingN.xml) and `firstChart` the first chart part
 * (xl/charts/chartN.xml, then N+1, …). `rows` are the sheet's rows as written (SheetLayout.rows):
 * the chart parts cache the values of the cells they point at, which Excel and LibreOffice show
 * before they recalculate. The drawing's relationships go to drawingRelsPath(drawing.path).
 */
export function chartParts(
  charts: readonly ChartLayout[],
  sheetName: string,
  numbering: { readonly drawing: number; readonly firstChart: number },
  rows: SheetRows,
): ChartPackageParts {
  const drawingPath = `xl/drawings/drawing${numbering.drawing}.xml`;
  const parts = charts.map((chart, i) => ({
    path: `xl/charts/chart${numbering.firstChart + i}.xml`,
    xml: chartXml(chart, sheetName, rows),
  }));
  return {
    drawing: {
      path: drawingPath,
      xml: drawingXml(charts),
      relsXml: drawingRelsXml(parts.map((p) => p.path)),
    },
    charts: parts,
    contentTypes: [
      { partName: `/${drawingPath}`, contentType: DRAWING_CONTENT_TYPE },
      ...parts.map((p) => ({ partName: `/${p.path}`, contentType: CHART_CONTENT_TYPE })),
    ],
  };
}
