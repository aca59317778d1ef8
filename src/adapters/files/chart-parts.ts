import type { ChartLayout } from "../../workbook/port";

/** The package parts that draw one sheet's charts (DrawingML), for a results workbook writer. */
export interface ChartPackageParts {
  /** The drawing part the sheet points at with `<drawing r:id="…"/>`, and its relationships to the charts. */
  readonly drawing: { readonly path: string; readonly xml: string; readonly relsXml: string };
  /** One chart part per chart (`xl/charts/chartN.xml`). */
  readonly charts: readonly { readonly path: string; readonly xml: string }[];
  /** `<Override>` entries for [Content_Types].xml. */
  readonly contentTypes: readonly { readonly partName: string; readonly contentType: string }[];
}

/**
 * The drawing and chart parts of one sheet's charts. `sheetName` is the sheet the series point at;
 * `drawing` numbers the drawing part (xl/drawings/drawingN.xml) and `firstChart` the first chart part.
 */
export function chartParts(
  charts: readonly ChartLayout[],
  sheetName: string,
  numbering: { readonly drawing: number; readonly firstChart: number },
): ChartPackageParts {
  // Scaffold for the writers (issue 22) until the DrawingML serializer (issue 21) lands here.
  throw new Error(`chart parts are not written yet (${charts.length} on ${sheetName}, ${numbering.drawing})`);
}
