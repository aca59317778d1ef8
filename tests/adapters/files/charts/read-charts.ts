/**
 * Reads the charts of a written .xlsx back from its parts, as another program would: each sheet's
 * drawing (through the sheet's relationships), each chart (through the drawing's), and each series'
 * references with their cached values.
 */
import {
  parseRelationships,
  relsPath,
  resolveTarget,
  sheetParts,
} from "../../../../src/adapters/files/ooxml";
import { readZipDirectory, unpackEntry } from "../../../../src/adapters/files/zip";
import { at, descendants, kids, parseXml, type XmlNode } from "../../../support/xml-tree";

/** A reference `'Sheet'!$B$3:$B$9`, its cells 1-based. */
export interface ReadRef {
  readonly formula: string;
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
}

export interface ReadSeries {
  readonly name: string;
  /** c:barChart, c:lineChart or c:pieChart. */
  readonly chartType: string;
  readonly categories: ReadRef;
  readonly values: ReadRef;
  /** The cached values by point index (missing points absent). */
  readonly cachedValues: ReadonlyMap<number, number>;
  readonly cachedCategories: ReadonlyMap<number, string>;
  readonly pointCount: number;
  readonly color: string | undefined;
}

export interface ReadChart {
  readonly path: string;
  readonly xml: XmlNode;
  readonly title: string;
  readonly altText: string;
  readonly anchor: { from: { row: number; col: number }; to: { row: number; col: number } };
  readonly series: readonly ReadSeries[];
}

function colNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

export function parseRef(formula: string): ReadRef {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula);
  if (!m) throw new Error(`not a quoted absolute reference: ${formula}`);
  const [, sheet = "", c1 = "", r1 = "", c2, r2] = m;
  return {
    formula,
    sheet: sheet.replace(/''/g, "'"),
    firstRow: Number(r1),
    firstCol: colNumber(c1),
    lastRow: Number(r2 ?? r1),
    lastCol: colNumber(c2 ?? c1),
  };
}

function points(cache: XmlNode | undefined): Map<number, string> {
  const map = new Map<number, string>();
  for (const pt of cache ? kids(cache, "c:pt") : []) map.set(Number(pt.attrs.idx), at(pt, "c:v")?.text ?? "");
  return map;
}

function readSeries(ser: XmlNode, chartType: string): ReadSeries {
  const catRef = at(ser, "c:cat", "c:strRef");
  const valRef = at(ser, "c:val", "c:numRef");
  if (!catRef || !valRef) throw new Error("a series without c:cat/c:strRef or c:val/c:numRef");
  const numCache = at(valRef, "c:numCache");
  const values = new Map([...points(numCache)].map(([i, v]) => [i, Number(v)]));
  return {
    name: at(ser, "c:tx", "c:v")?.text ?? "",
    chartType,
    categories: parseRef(at(catRef, "c:f")?.text ?? ""),
    values: parseRef(at(valRef, "c:f")?.text ?? ""),
    cachedValues: values,
    cachedCategories: points(at(catRef, "c:strCache")),
    pointCount: Number(at(numCache, "c:ptCount")?.attrs.val),
    color: descendants(at(ser, "c:spPr") ?? ser, "a:srgbClr")[0]?.attrs.val,
  };
}

/** Every chart of every sheet, by sheet name. */
export async function readCharts(bytes: Uint8Array): Promise<Map<string, ReadChart[]>> {
  const dir = readZipDirectory(bytes);
  if (!dir) throw new Error("not a zip");
  const text = async (path: string): Promise<string | undefined> => {
    const entry = dir.get(path.toLowerCase());
    if (!entry) return undefined;
    const data = await unpackEntry(bytes, entry);
    if (typeof data === "string") throw new Error(`${path}: ${data}`);
    return new TextDecoder().decode(data);
  };
  const must = async (path: string): Promise<string> => {
    const t = await text(path);
    if (t === undefined) throw new Error(`no part ${path}`);
    return t;
  };
  const types = await must("[Content_Types].xml");
  const workbookRels = parseRelationships(await must("xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
  const result = new Map<string, ReadChart[]>();
  for (const sheet of sheetParts(await must("xl/workbook.xml"), workbookRels)) {
    if (!sheet.part) continue;
    const sheetXml = parseXml(await must(sheet.part));
    const drawingRef = at(sheetXml, "drawing");
    if (!drawingRef) continue;
    const sheetRels = parseRelationships(await must(relsPath(sheet.part)), sheet.part);
    const drawingPath = sheetRels.find((r) => r.id === drawingRef.attrs["r:id"])?.target;
    if (!drawingPath) throw new Error(`${sheet.name}: <drawing> points at no relationship`);
    if (!types.includes(`PartName="/${drawingPath}"`)) throw new Error(`no content type for ${drawingPath}`);
    const drawing = parseXml(await must(drawingPath));
    const drawingRels = parseRelationships(await must(relsPath(drawingPath)), drawingPath);
    const charts: ReadChart[] = [];
    for (const anchor of kids(drawing, "xdr:twoCellAnchor")) {
      const cNvPr = at(anchor, "xdr:graphicFrame", "xdr:nvGraphicFramePr", "xdr:cNvPr");
      const chartRef = descendants(anchor, "c:chart")[0];
      const chartPath = drawingRels.find((r) => r.id === chartRef?.attrs["r:id"])?.target;
      if (!chartPath || !cNvPr) throw new Error(`${sheet.name}: an anchor without a chart`);
      if (!types.includes(`PartName="/${chartPath}"`)) throw new Error(`no content type for ${chartPath}`);
      const xml = parseXml(await must(chartPath));
      const plotArea = at(xml, "c:chart", "c:plotArea");
      const series = (plotArea?.children ?? [])
        .filter((c) => /^c:(bar|line|pie)Chart$/.test(c.name))
        .flatMap((c) => kids(c, "c:ser").map((s) => readSeries(s, c.name)));
      const corner = (name: string) => ({
        row: Number(at(anchor, name, "xdr:row")?.text) + 1,
        col: Number(at(anchor, name, "xdr:col")?.text) + 1,
      });
      charts.push({
        path: chartPath,
        xml,
        title: descendants(at(xml, "c:chart", "c:title") ?? xml, "a:t")
          .map((t) => t.text)
          .join(""),
        altText: cNvPr.attrs.descr ?? "",
        anchor: { from: corner("xdr:from"), to: corner("xdr:to") },
        series,
      });
    }
    result.set(sheet.name, charts);
  }
  return result;
}

export { resolveTarget };
