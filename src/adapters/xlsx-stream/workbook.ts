/**
 * The results workbook of CLI.md `-o`, streamed: each sheet's XML is made row block by row block while
 * the zip writer compresses it, so the workbook never exists as a model in memory, only as the
 * compressed bytes of the parts written so far. Output sheets first, then the input copies in the
 * order of the workbook read; document properties say what the file is (the keyword RESULTS_KEYWORD
 * lets a later `-o` recognise it as a results workbook it may replace). Browser-safe.
 */
import theme from "exceljs/lib/xlsx/xml/theme1.js";
import { RESULTS_KEYWORD } from "../../app/results";
import type { ResultsBook } from "../../app/types";
import { escapeXml } from "../../workbook/xml";
import {
  PLATFORM_CODEC,
  zipDeflated,
  type ZipChunkedFile,
  type ZipCodec,
  type ZipFile,
} from "../files/zip-write";
import { copySheetParts } from "./copy-sheet";
import { outputSheetParts } from "./output-sheet";
import { PartCounters, type SheetParts } from "./parts";
import { StyleSheet } from "./styles";
import {
  CONTENT_TYPE,
  MAIN_NS,
  REL_NS,
  REL_TYPE,
  relationshipsXml,
  XML_HEAD,
  type Relationship,
} from "./xml";

export interface ResultsWriteOptions {
  readonly codec?: ZipCodec;
  /** The time stored as the document's creation and in the zip entries (the run's time). */
  readonly modified?: Date;
}

function w3cdtf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function coreXml(book: ResultsBook, modified: Date): string {
  const when = w3cdtf(modified);
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(book.title)}</dc:title><dc:description>${escapeXml(book.description)}</dc:description>` +
    `<cp:keywords>${RESULTS_KEYWORD}</cp:keywords><dc:creator>GSZ Finance</dc:creator><cp:lastModifiedBy>GSZ Finance</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

function appXml(names: readonly string[]): string {
  const titles = names.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join("");
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>GSZ Finance</Application>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`
  );
}

function workbookXml(names: readonly string[], definedNames: readonly string[]): string {
  const sheets = names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 3}"/>`);
  const defined = definedNames.length > 0 ? `<definedNames>${definedNames.join("")}</definedNames>` : "";
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/>` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.join("")}</sheets>${defined}<calcPr calcId="171027"/></workbook>`
  );
}

function contentTypesXml(names: readonly string[], sheets: readonly SheetParts[]): string {
  const override = (part: string, type: string): string =>
    `<Override PartName="${part}" ContentType="${type}"/>`;
  const items = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
  ];
  if (sheets.some((s) => s.vml)) {
    items.push(
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
    );
  }
  items.push(override("/xl/workbook.xml", CONTENT_TYPE.workbook));
  names.forEach((_, i) => items.push(override(`/xl/worksheets/sheet${i + 1}.xml`, CONTENT_TYPE.worksheet)));
  items.push(
    override("/xl/theme/theme1.xml", CONTENT_TYPE.theme),
    override("/xl/styles.xml", CONTENT_TYPE.styles),
  );
  for (const sheet of sheets)
    for (const o of sheet.overrides) items.push(override(o.partName, o.contentType));
  items.push(
    override("/docProps/core.xml", CONTENT_TYPE.core),
    override("/docProps/app.xml", CONTENT_TYPE.extended),
  );
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${items.join("")}</Types>`;
}

/**
 * The results workbook as the bytes of a new .xlsx. The sheets' parts are compressed one after the
 * other as their rows are serialized.
 */
export async function resultsWorkbookBytes(
  results: ResultsBook,
  options: ResultsWriteOptions = {},
): Promise<Uint8Array> {
  const modified = options.modified ?? new Date();
  const styles = new StyleSheet();
  const counters = new PartCounters();
  const names = [...results.outputs.map((o) => o.name), ...results.copies.map((c) => c.sheet.name)];
  const sheets: SheetParts[] = [];
  results.outputs.forEach((layout, index) => {
    sheets.push(outputSheetParts(layout, { index, sheetNumber: index + 1 }, styles, counters));
  });
  results.copies.forEach((copy, i) => {
    const index = results.outputs.length + i;
    sheets.push(copySheetParts(copy, { index, sheetNumber: index + 1 }, styles, counters));
  });
  const text = (path: string, xml: string): ZipFile => ({ path, data: new TextEncoder().encode(xml) });
  const rels: Relationship[] = [
    { id: "rId1", type: REL_TYPE.styles, target: "styles.xml" },
    { id: "rId2", type: REL_TYPE.theme, target: "theme/theme1.xml" },
    ...names.map((_, i) => ({
      id: `rId${i + 3}`,
      type: REL_TYPE.worksheet,
      target: `worksheets/sheet${i + 1}.xml`,
    })),
  ];
  // What every sheet adds (tables, charts, comments, print titles) is known before its rows are
  // written, so the package's index parts go first, [Content_Types].xml at the very start as Office
  // writes it (tools that sniff the format look there); only the styles part, which collects the
  // cells' looks while the rows are written, comes after the sheets.
  const entries: (ZipFile | ZipChunkedFile)[] = [
    text("[Content_Types].xml", contentTypesXml(names, sheets)),
    text(
      "_rels/.rels",
      relationshipsXml([
        { id: "rId1", type: REL_TYPE.officeDocument, target: "xl/workbook.xml" },
        { id: "rId2", type: REL_TYPE.core, target: "docProps/core.xml" },
        { id: "rId3", type: REL_TYPE.extended, target: "docProps/app.xml" },
      ]),
    ),
    text("docProps/core.xml", coreXml(results, modified)),
    text("docProps/app.xml", appXml(names)),
    text(
      "xl/workbook.xml",
      workbookXml(
        names,
        sheets.flatMap((s) => s.definedNames),
      ),
    ),
    text("xl/_rels/workbook.xml.rels", relationshipsXml(rels)),
    text("xl/theme/theme1.xml", theme),
  ];
  sheets.forEach((sheet, i) => {
    entries.push({ path: `xl/worksheets/sheet${i + 1}.xml`, chunks: sheet.xml });
    for (const part of sheet.parts) entries.push(text(part.path, part.text));
  });
  entries.push({ path: "xl/styles.xml", chunks: lazyText(() => styles.xml()) });
  return zipDeflated(entries, options.codec ?? PLATFORM_CODEC, { modified });
}

/** One text made only when the zip writer reaches it (after the sheets before it were serialized). */
function* lazyText(make: () => string): Generator<Uint8Array> {
  yield new TextEncoder().encode(make());
}
