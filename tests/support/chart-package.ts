/**
 * Until the streaming results writer (issue 22) writes chart parts itself: puts the chart parts of
 * every output sheet with charts (chartParts, the same call that writer makes) into a results
 * workbook's bytes: the drawing and chart parts, `<drawing r:id>` in the sheet, the sheet's
 * relationship to its drawing and the content types. Test support only: the product's writer is
 * src/adapters/exceljs/results.ts.
 */
import {
  chartParts,
  drawingRelsPath,
  DRAWING_RELATIONSHIP,
  type ChartPackageParts,
} from "../../src/adapters/files/chart-parts";
import { parseRelationships, relsPath, sheetParts } from "../../src/adapters/files/ooxml";
import { readZipDirectory, unpackEntry } from "../../src/adapters/files/zip";
import { zipDeflated, type ZipFile } from "../../src/adapters/files/zip-write";
import type { SheetLayout } from "../../src/workbook/port";

/** Elements of a worksheet that come after `<drawing>` (CT_Worksheet's order). */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function withDrawing(sheetXml: string, relId: string): string {
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  let xml = `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
  if (!/<worksheet[^>]*xmlns:r=/.test(xml)) {
    xml = xml.replace(
      "<worksheet ",
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
    );
  }
  return xml;
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export interface ChartedPackage {
  readonly bytes: Uint8Array;
  /** The parts written for each sheet, by sheet name. */
  readonly parts: ReadonlyMap<string, ChartPackageParts>;
}

/** `bytes` (a results workbook) with the charts of `outputs` drawn on their sheets. */
export async function withCharts(
  bytes: Uint8Array,
  outputs: readonly SheetLayout[],
): Promise<ChartedPackage> {
  const dir = readZipDirectory(bytes);
  if (!dir) throw new Error("not a zip");
  const files = new Map<string, Uint8Array>();
  for (const entry of dir.values()) {
    const data = await unpackEntry(bytes, entry);
    if (typeof data === "string") throw new Error(`${entry.name}: ${data}`);
    files.set(entry.name, data);
  }
  const text = (path: string): string => new TextDecoder().decode(files.get(path));
  const put = (path: string, xml: string): void => {
    files.set(path, new TextEncoder().encode(xml));
  };
  const workbookRels = parseRelationships(text("xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
  const sheets = sheetParts(text("xl/workbook.xml"), workbookRels);
  const written = new Map<string, ChartPackageParts>();
  let drawing = 1;
  let chart = 1;
  const overrides: string[] = [];
  for (const layout of outputs) {
    if (!layout.charts || layout.charts.length === 0) continue;
    const part = sheets.find((s) => s.name === layout.name)?.part;
    if (!part) throw new Error(`no sheet part for ${layout.name}`);
    const parts = chartParts(layout.charts, layout.name, { drawing, firstChart: chart }, layout.rows);
    drawing++;
    chart += parts.charts.length;
    written.set(layout.name, parts);
    put(parts.drawing.path, parts.drawing.xml);
    put(drawingRelsPath(parts.drawing.path), parts.drawing.relsXml);
    for (const c of parts.charts) put(c.path, c.xml);
    const rels = relsPath(part);
    const relsXml = files.has(rels) ? text(rels) : EMPTY_RELS;
    const relId = "rIdGszDrawing";
    const target = `../${parts.drawing.path.replace(/^xl\//, "")}`;
    put(
      rels,
      relsXml.replace(
        "</Relationships>",
        `<Relationship Id="${relId}" Type="${DRAWING_RELATIONSHIP}" Target="${target}"/></Relationships>`,
      ),
    );
    put(part, withDrawing(text(part), relId));
    for (const ct of parts.contentTypes) {
      overrides.push(`<Override PartName="${ct.partName}" ContentType="${ct.contentType}"/>`);
    }
  }
  put(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace("</Types>", `${overrides.join("")}</Types>`),
  );
  const entries: ZipFile[] = [...files].map(([path, data]) => ({ path, data }));
  return { bytes: await zipDeflated(entries), parts: written };
}
