/**
 * An output sheet (a SheetLayout) as SpreadsheetML, written row by row: column widths and formats,
 * loose rows and Excel tables (with totals rows), validations, bold title rows, warning highlights,
 * wrapped columns with rows tall enough, print setup and frozen header rows, internal hyperlinks and
 * charts. The same package ExcelJS wrote for the results workbook, without its in-memory model.
 */
import { chartParts } from "../files/chart-parts";
import { columnLetters } from "../../workbook/a1";
import { NUMBER_FORMATS, TABLE_STYLE } from "../../workbook/formats";
import type {
  ColumnLayout,
  SheetLayout,
  TableLayout,
  ValidationLayout,
  WriteValue,
} from "../../workbook/port";
import { A4_PAPER_CODE, footerSection, headerSection, printTitleRows } from "../../workbook/print";
import { escapeXml } from "../../workbook/xml";
import { booleanCell, errorCell, formulaCell, numberCell, textCell } from "./cells";
import {
  ROWS_PER_CHUNK,
  type ContentOverride,
  type ExtraPart,
  type PartCounters,
  type SheetParts,
} from "./parts";
import { needsQuotePrefix, SHORT_DATE, type CellLook, type StyleSheet } from "./styles";
import {
  CONTENT_TYPE,
  fromWorksheets,
  MAIN_NS,
  REL_NS,
  REL_TYPE,
  relationshipsXml,
  XML_HEAD,
  type Relationship,
} from "./xml";
import { tableHeaderNames } from "../../workbook/table-headers";

/** A sheet name as formulas and links take it: always quoted (Cyrillic names need it in some readers). */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Points per line of 11-point text, Excel's default row height. */
const LINE_HEIGHT = 15;
export const PAGE_MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

function formulaText(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

function tableXml(layout: SheetLayout, table: TableLayout, id: number, names: readonly string[]): string {
  const width = names.length;
  const last = columnLetters(width);
  const dataEnd = table.totalsRow ? table.lastRow - 1 : table.lastRow;
  const totals = table.totalsRow ? (layout.rows[table.lastRow - 1] ?? []) : [];
  const columns = names.map((name, j) => {
    const n = `<tableColumn id="${j + 1}" name="${escapeXml(name)}"`;
    if (!table.totalsRow) return `${n}/>`;
    const value = totals[j];
    if (j === 0) return `${n} totalsRowLabel="${escapeXml(typeof value === "string" ? value : "")}"/>`;
    if (value !== null && value !== undefined && typeof value === "object" && "formula" in value) {
      const formula = escapeXml(formulaText(value.formula));
      return `${n} totalsRowFunction="custom"><totalsRowFormula>${formula}</totalsRowFormula></tableColumn>`;
    }
    return `${n}/>`;
  });
  const ref = `A${table.headerRow}:${last}${table.lastRow}`;
  const totalsCount = table.totalsRow ? ' totalsRowCount="1"' : "";
  return (
    `${XML_HEAD}<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}"${totalsCount}>` +
    `<autoFilter ref="A${table.headerRow}:${last}${dataEnd}"/>` +
    `<tableColumns count="${width}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}

function validationXml(v: ValidationLayout): string {
  const sqref = `${columnLetters(v.firstCol)}${v.firstRow}:${columnLetters(v.lastCol)}${v.lastRow}`;
  const prompt = v.prompt
    ? ` showInputMessage="1" promptTitle="${escapeXml(v.prompt.title)}" prompt="${escapeXml(v.prompt.message)}"`
    : "";
  if (v.rule.kind === "any") return `<dataValidation allowBlank="1"${prompt} sqref="${sqref}"/>`;
  const error = ` allowBlank="1" showErrorMessage="1" error="${escapeXml(v.message)}"${prompt} sqref="${sqref}"`;
  if (v.rule.kind === "list") {
    const list = escapeXml(`"${v.rule.values.join(",")}"`);
    return `<dataValidation type="list"${error}><formula1>${list}</formula1></dataValidation>`;
  }
  if (v.rule.kind === "custom") {
    return `<dataValidation type="custom"${error}><formula1>${escapeXml(v.rule.formula)}</formula1></dataValidation>`;
  }
  return (
    `<dataValidation type="decimal" operator="between"${error}>` +
    `<formula1>${v.rule.min}</formula1><formula2>${v.rule.max}</formula2></dataValidation>`
  );
}

function columnFormat(c: ColumnLayout | undefined): string | undefined {
  return c ? (c.numberFormat ?? NUMBER_FORMATS[c.format]) : undefined;
}

interface RowContext {
  readonly layout: SheetLayout;
  readonly styles: StyleSheet;
  readonly titleIndex: ReadonlyMap<number, number>;
  readonly highlights: ReadonlySet<string>;
  /** Per table row: the table, its header names. */
  readonly tableOf: (row: number) => { table: TableLayout; names: readonly string[] } | undefined;
  readonly links: string[];
}

/** The cells a row holds, as ExcelJS put them: table rows only as wide as their table, names in the header. */
function rowValues(ctx: RowContext, r: number): readonly (WriteValue | undefined)[] {
  const cells = ctx.layout.rows[r - 1] ?? [];
  const owner = ctx.tableOf(r);
  if (!owner) return cells;
  const { table, names } = owner;
  if (r === table.headerRow) return names;
  const width = names.length;
  if (table.totalsRow && r === table.lastRow) {
    const label = cells[0];
    return [typeof label === "string" ? label : "", ...cells.slice(1, width)];
  }
  return cells.length > width ? cells.slice(0, width) : cells;
}

function rowXml(ctx: RowContext, r: number): string {
  const { layout, styles } = ctx;
  const values = rowValues(ctx, r);
  const title = ctx.titleIndex.get(r);
  let lines = 1;
  if (title === undefined) {
    values.forEach((value, j) => {
      const c = layout.columns[j];
      if (!c?.wrap || value === null || value === undefined) return;
      const text = typeof value === "string" ? value : "";
      lines = Math.max(lines, Math.ceil(text.length / Math.max(1, c.width - 1)));
    });
  }
  const tall = lines >= 2;
  let cells = "";
  values.forEach((value, j) => {
    if (value === null || value === undefined) return;
    const col = j + 1;
    const ref = `${columnLetters(col)}${r}`;
    const c = layout.columns[j];
    let numFmt: string | number | undefined = title === undefined ? columnFormat(c) : undefined;
    const isDate = typeof value === "object" && "date" in value;
    if (isDate && c?.format !== "date" && title === undefined && !c?.numberFormat) numFmt = SHORT_DATE;
    if (isDate && title !== undefined) numFmt = SHORT_DATE;
    const text =
      typeof value === "string"
        ? value
        : typeof value === "object" && "text" in value
          ? value.text
          : undefined;
    const look: CellLook = {
      numFmt: numFmt === "General" ? undefined : numFmt,
      font: title === undefined ? undefined : title === 0 ? "title" : "subtitle",
      warning: ctx.highlights.has(`${r}:${col}`),
      wrap: title === undefined && c?.wrap === true,
      top: (title === undefined && c?.wrap === true) || tall,
      quote: text !== undefined && needsQuotePrefix(text),
    };
    const style = styles.style(ctx.highlights.has(`${r}:${col}`) ? { ...look, font: "warning" } : look);
    if (typeof value === "string") cells += textCell(ref, value, style);
    else if (typeof value === "number") cells += numberCell(ref, value, style);
    else if (typeof value === "boolean") cells += booleanCell(ref, value, style);
    else if ("date" in value) cells += numberCell(ref, value.date, style);
    else if ("error" in value) cells += errorCell(ref, value.error, style);
    else if ("formula" in value) cells += formulaCell(ref, value.formula, value.result, style);
    else {
      cells += textCell(ref, value.text, style);
      const location = `${quotedSheet(value.sheet)}!${columnLetters(value.col)}${value.row}`;
      ctx.links.push(
        `<hyperlink ref="${ref}" location="${escapeXml(location)}" display="${escapeXml(value.text)}"/>`,
      );
    }
  });
  if (cells === "") return "";
  const height = tall ? ` ht="${lines * LINE_HEIGHT}" customHeight="1"` : "";
  return `<row r="${r}"${height}>${cells}</row>`;
}

function colsXml(layout: SheetLayout, styles: StyleSheet): string {
  if (layout.columns.length === 0) return "";
  const cols = layout.columns.map((c, j) => {
    const format = columnFormat(c);
    const style = format === undefined || format === "General" ? 0 : styles.style({ numFmt: format });
    const s = style > 0 ? ` style="${style}"` : "";
    return `<col min="${j + 1}" max="${j + 1}" width="${c.width}"${s} customWidth="1"/>`;
  });
  return `<cols>${cols.join("")}</cols>`;
}

export function dimension(rows: number, width: number): string {
  return rows === 0 || width === 0 ? "A1" : `A1:${columnLetters(width)}${rows}`;
}

function sheetViewsXml(layout: SheetLayout, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const freeze = layout.freezeRows ?? 0;
  if (freeze <= 0) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0">` +
    `<pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/></sheetView></sheetViews>`
  );
}

function pageXml(layout: SheetLayout): string {
  const setup = layout.pageSetup;
  if (!setup) return PAGE_MARGINS;
  return (
    PAGE_MARGINS +
    `<pageSetup paperSize="${A4_PAPER_CODE}" orientation="${setup.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddHeader>${escapeXml(`&C${headerSection(setup)}`)}</oddHeader>` +
    `<oddFooter>${escapeXml(`&C${footerSection(setup)}`)}</oddFooter></headerFooter>`
  );
}

/**
 * Manual page breaks (SheetLayout.pageBreaks: a page starts at each row). A break's `id` is the
 * 0-based row it comes above, so the 1-based row R has id R − 1.
 */
function rowBreaksXml(layout: SheetLayout): string {
  const rows = (layout.pageBreaks ?? []).filter((row) => row > 1);
  if (rows.length === 0) return "";
  const breaks = rows.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}

/**
 * One output sheet as parts of the package: `sheetNumber` names its part (xl/worksheets/sheetN.xml),
 * `index` is its 0-based place among the tabs (print titles are names local to it).
 */
export function outputSheetParts(
  layout: SheetLayout,
  place: { readonly index: number; readonly sheetNumber: number },
  styles: StyleSheet,
  counters: PartCounters,
): SheetParts {
  const width = layout.rows.reduce((w, row) => Math.max(w, row.length), layout.columns.length);
  const rels: Relationship[] = [];
  const parts: ExtraPart[] = [];
  const overrides: ContentOverride[] = [];
  const owners: { table: TableLayout; names: readonly string[] }[] = [];
  for (const table of layout.tables) {
    const names = tableHeaderNames(layout, table, layout.columns.length);
    owners.push({ table, names });
    const id = counters.table++;
    const path = `xl/tables/table${id}.xml`;
    parts.push({ path, text: tableXml(layout, table, id, names) });
    overrides.push({ partName: `/${path}`, contentType: CONTENT_TYPE.table });
    rels.push({ id: `rId${rels.length + 1}`, type: REL_TYPE.table, target: fromWorksheets(path) });
  }
  let drawingRel: string | undefined;
  if (layout.charts && layout.charts.length > 0) {
    const drawn = chartParts(
      layout.charts,
      layout.name,
      { drawing: counters.drawing, firstChart: counters.chart },
      layout.rows,
    );
    counters.drawing += 1;
    counters.chart += layout.charts.length;
    const drawingPath = drawn.drawing.path.replace(/^\//, "");
    drawingRel = `rId${rels.length + 1}`;
    rels.push({ id: drawingRel, type: REL_TYPE.drawing, target: fromWorksheets(drawingPath) });
    parts.push({ path: drawingPath, text: drawn.drawing.xml });
    const slash = drawingPath.lastIndexOf("/");
    parts.push({
      path: `${drawingPath.slice(0, slash + 1)}_rels/${drawingPath.slice(slash + 1)}.rels`,
      text: drawn.drawing.relsXml,
    });
    for (const chart of drawn.charts) parts.push({ path: chart.path.replace(/^\//, ""), text: chart.xml });
    overrides.push(
      ...drawn.contentTypes.map((t) => ({
        partName: t.partName.startsWith("/") ? t.partName : `/${t.partName}`,
        contentType: t.contentType,
      })),
    );
  }
  const tableRows = new Map<number, { table: TableLayout; names: readonly string[] }>();
  for (const owner of owners)
    for (let r = owner.table.headerRow; r <= owner.table.lastRow; r++) tableRows.set(r, owner);
  const ctx: RowContext = {
    layout,
    styles,
    titleIndex: new Map((layout.titleRows ?? []).map((row, i) => [row, i])),
    highlights: new Set((layout.highlights ?? []).map((h) => `${h.row}:${h.col}`)),
    tableOf: (row) => tableRows.get(row),
    links: [],
  };
  const lastRow = layout.tables.reduce((last, t) => Math.max(last, t.lastRow), layout.rows.length);
  const sheetPr = layout.pageSetup ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
  const head =
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${sheetPr}` +
    `<dimension ref="${dimension(lastRow, width)}"/>${sheetViewsXml(layout, place.index === 0)}` +
    `<sheetFormatPr defaultRowHeight="15"/>${colsXml(layout, styles)}<sheetData>`;
  const tail = (): string => {
    const validations = layout.validations ?? [];
    const dv =
      validations.length > 0
        ? `<dataValidations count="${validations.length}">${validations.map(validationXml).join("")}</dataValidations>`
        : "";
    const links = ctx.links.length > 0 ? `<hyperlinks>${ctx.links.join("")}</hyperlinks>` : "";
    const drawing = drawingRel ? `<drawing r:id="${drawingRel}"/>` : "";
    const tableParts =
      layout.tables.length > 0
        ? `<tableParts count="${layout.tables.length}">${layout.tables.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`).join("")}</tableParts>`
        : "";
    return `</sheetData>${dv}${links}${pageXml(layout)}${rowBreaksXml(layout)}${drawing}${tableParts}</worksheet>`;
  };
  const xml = (function* pieces(): Generator<Uint8Array> {
    const encoder = new TextEncoder();
    yield encoder.encode(head);
    for (let first = 1; first <= lastRow; first += ROWS_PER_CHUNK) {
      let text = "";
      for (let r = first; r < Math.min(lastRow + 1, first + ROWS_PER_CHUNK); r++) text += rowXml(ctx, r);
      yield encoder.encode(text);
    }
    yield encoder.encode(tail());
  })();
  if (rels.length > 0) {
    parts.push({
      path: `xl/worksheets/_rels/sheet${place.sheetNumber}.xml.rels`,
      text: relationshipsXml(rels),
    });
  }
  const titles = layout.pageSetup ? printTitleRows(layout.pageSetup) : undefined;
  const definedNames = titles
    ? [
        `<definedName name="_xlnm.Print_Titles" localSheetId="${place.index}">${escapeXml(`${quotedSheet(layout.name)}!${titles}`).replace(/'/g, "&apos;")}</definedName>`,
      ]
    : [];
  return { xml, parts, overrides, definedNames, vml: false };
}
