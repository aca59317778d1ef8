/**
 * A values-only copy of an input sheet, written row by row: the values read, in the same cells, with
 * the input's number formats where the reader kept them (percent, money, dates); marked as a copy
 * without moving any cell (a grey tab, a page header and a note on A1 saying where the values came
 * from) and protected without a password so nobody types into it by mistake.
 */
import Decimal from "decimal.js";
import type { InputCopy } from "../../app/types";
import { columnLetters } from "../../workbook/a1";
import { isPercentFormat } from "../../workbook/cells/percent-text";
import { formatKey, type CellValue } from "../../workbook/port";
import { escapeXml } from "../../workbook/xml";
import { booleanCell, errorCell, numberCell, textCell } from "./cells";
import { dimension, PAGE_MARGINS } from "./output-sheet";
import { ROWS_PER_CHUNK, type PartCounters, type SheetParts } from "./parts";
import { needsQuotePrefix, SHORT_DATE, type StyleSheet } from "./styles";
import { CONTENT_TYPE, MAIN_NS, REL_NS, REL_TYPE, relationshipsXml, XML_HEAD } from "./xml";

/** The tab colour of a copy (grey: a record, not a place to type). */
const COPY_TAB = "FF808080";
/** Excel refuses page headers longer than this. */
const HEADER_LIMIT = 255;
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

function shownLength(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value === "string") return value.length;
  if (typeof value === "number") return String(value).length;
  if (typeof value === "boolean") return 5;
  return "date" in value ? 10 : value.error.length;
}

/** A page header shows `&` codes; a literal ampersand is `&&`. Cut to Excel's limit. */
function headerText(note: string): string {
  let text = note.replace(/&/g, "&&");
  if (text.length > HEADER_LIMIT - 2) text = `${text.slice(0, HEADER_LIMIT - 3)}…`;
  return `&L${text}`;
}

/** The fraction behind a percent cell's text (`40%` → 0.4), or undefined when it is not one. */
function percentFraction(text: string): number | undefined {
  const match = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)%$/i.exec(text);
  return match?.[1] === undefined ? undefined : new Decimal(match[1]).dividedBy(100).toNumber();
}

function commentsXml(note: string): string {
  return (
    `${XML_HEAD}<comments xmlns="${MAIN_NS}"><authors><author>GSZ Finance</author></authors><commentList>` +
    `<comment ref="A1" authorId="0"><text><r><t xml:space="preserve">${escapeXml(note)}</t></r></text></comment>` +
    "</commentList></comments>"
  );
}

/** The VML shape Excel needs to show a note (a hidden yellow box next to A1), as ExcelJS writes it. */
function vmlXml(shapeId: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${shapeId}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `<v:shape id="_x0000_s${shapeId * 1024 + 1}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
    '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 6, 0, 14, 3, 2, 4, 16</x:Anchor>' +
    "<x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData>" +
    "</v:shape></xml>"
  );
}

/** One copy as parts of the package (see outputSheetParts for `place`). */
export function copySheetParts(
  copy: InputCopy,
  place: { readonly index: number; readonly sheetNumber: number },
  styles: StyleSheet,
  counters: PartCounters,
): SheetParts {
  const { values, numberFormats } = copy.sheet;
  const widths: number[] = [];
  let width = 0;
  for (const row of values) {
    if (row.length > width) width = row.length;
    for (let j = 0; j < row.length; j++) {
      const value = row[j] ?? null;
      if (value !== null) widths[j] = Math.max(widths[j] ?? 0, shownLength(value));
    }
  }
  const cols: string[] = [];
  for (let j = 0; j < widths.length; j++) {
    const w = widths[j];
    if (w === undefined) continue;
    const shown = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
    cols.push(`<col min="${j + 1}" max="${j + 1}" width="${shown}" customWidth="1"/>`);
  }
  const n = counters.comments++;
  const commentsPath = `xl/comments${n}.xml`;
  const vmlPath = `xl/drawings/vmlDrawing${n}.vml`;
  const letters: string[] = [];
  const letter = (col: number): string => (letters[col] ??= columnLetters(col + 1));
  const quoted = styles.style({ quote: true });
  const byFormat = new Map<string | number, number>();
  const formatted = (numFmt: string | number): number => {
    let style = byFormat.get(numFmt);
    if (style === undefined) {
      style = styles.style({ numFmt });
      byFormat.set(numFmt, style);
    }
    return style;
  };
  const cell = (value: Exclude<CellValue, null>, ref: string, format: string | undefined): string => {
    if (typeof value === "string") {
      if (format !== undefined && isPercentFormat(format)) {
        const fraction = percentFraction(value);
        if (fraction !== undefined) return numberCell(ref, fraction, formatted(format));
      }
      return textCell(ref, value, needsQuotePrefix(value) ? quoted : 0);
    }
    if (typeof value === "number") return numberCell(ref, value, format ? formatted(format) : 0);
    if (typeof value === "boolean") return booleanCell(ref, value, 0);
    if ("date" in value) return numberCell(ref, value.date, formatted(format ?? SHORT_DATE));
    return errorCell(ref, value.error, 0);
  };
  const head =
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetPr><tabColor rgb="${COPY_TAB}"/><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="${dimension(values.length, width)}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols.length > 0 ? `<cols>${cols.join("")}</cols>` : ""}<sheetData>`;
  const tail =
    '</sheetData><sheetProtection sheet="1" formatColumns="0" formatRows="0"/>' +
    PAGE_MARGINS +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    `<headerFooter><oddHeader>${escapeXml(headerText(copy.note))}</oddHeader></headerFooter>` +
    '<legacyDrawing r:id="rId2"/></worksheet>';
  const xml = (function* pieces(): Generator<Uint8Array> {
    const encoder = new TextEncoder();
    yield encoder.encode(head);
    for (let first = 0; first < values.length; first += ROWS_PER_CHUNK) {
      let text = "";
      for (let i = first; i < Math.min(values.length, first + ROWS_PER_CHUNK); i++) {
        const row = values[i] ?? [];
        let cells = "";
        for (let j = 0; j < row.length; j++) {
          const value = row[j] ?? null;
          if (value === null) continue;
          const format = numberFormats?.get(formatKey(i, j));
          cells += cell(value, `${letter(j)}${i + 1}`, format);
        }
        if (cells !== "") text += `<row r="${i + 1}">${cells}</row>`;
      }
      yield encoder.encode(text);
    }
    yield encoder.encode(tail);
  })();
  return {
    xml,
    parts: [
      { path: commentsPath, text: commentsXml(copy.note) },
      { path: vmlPath, text: vmlXml(n) },
      {
        path: `xl/worksheets/_rels/sheet${place.sheetNumber}.xml.rels`,
        text: relationshipsXml([
          { id: "rId1", type: REL_TYPE.comments, target: `../comments${n}.xml` },
          { id: "rId2", type: REL_TYPE.vmlDrawing, target: `../drawings/vmlDrawing${n}.vml` },
        ]),
      },
    ],
    overrides: [{ partName: `/${commentsPath}`, contentType: CONTENT_TYPE.comments }],
    definedNames: [],
    vml: true,
  };
}
