import { columnLetters } from "../../workbook/a1";
import { escapeXml } from "../../workbook/xml";
import { zip } from "./zip";

/**
 * A one-sheet .xlsx with text, numbers and dates, for Excel.createWorkbook. Just the parts Excel needs:
 * content types, relationships, workbook, styles (money, date, percent number, bold header) and the sheet.
 */

export type XlsxCell =
  | string
  | number
  | null
  | { readonly date: number }
  | { readonly money: number }
  /** A fraction shown as a percent: 0.5 is 50,00 %. */
  | { readonly percent: number };

export interface XlsxSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly XlsxCell[])[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indexes of styles.xml below. */
const STYLE = { general: 0, money: 1, date: 2, percent: 3, header: 4 } as const;

function cellXml(value: XlsxCell, ref: string, headerStyle = false): string {
  if (value === null) return "";
  if (typeof value === "string") {
    const s = headerStyle ? ` s="${STYLE.header}"` : "";
    return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  }
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : "";
  if ("date" in value) return `<c r="${ref}" s="${STYLE.date}"><v>${value.date}</v></c>`;
  if ("money" in value) return `<c r="${ref}" s="${STYLE.money}"><v>${value.money}</v></c>`;
  return `<c r="${ref}" s="${STYLE.percent}"><v>${value.percent}</v></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const rows = [sheet.header, ...sheet.rows].map(
    (row, r) =>
      `<row r="${r + 1}">${row.map((v, c) => cellXml(v, `${columnLetters(c + 1)}${r + 1}`, r === 0)).join("")}</row>`,
  );
  const cols = sheet.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  return (
    `${XML}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0">` +
    `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${rows.join("")}</sheetData></worksheet>`
  );
}

const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="5">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The .xlsx bytes of one sheet. */
export function xlsx(sheet: XlsxSheet): Uint8Array {
  const enc = new TextEncoder();
  const file = (path: string, text: string): { path: string; data: Uint8Array } => ({
    path,
    data: enc.encode(text),
  });
  const sheetName = escapeXml(sheet.name.slice(0, 31));
  return zip([
    file(
      "[Content_Types].xml",
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        `</Types>`,
    ),
    file(
      "_rels/.rels",
      `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    file(
      "xl/workbook.xml",
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    file(
      "xl/_rels/workbook.xml.rels",
      `${XML}<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    file("xl/styles.xml", STYLES),
    file("xl/worksheets/sheet1.xml", sheetXml(sheet)),
  ]);
}
