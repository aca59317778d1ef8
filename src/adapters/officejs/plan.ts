import { cellRef, quoteSheet } from "../../workbook/a1";
import type { SheetLayout, WriteValue } from "../../workbook/port";
import { GENERAL_FORMAT, NUMBER_FORMATS } from "./formats";

/**
 * Planning a write before any Office.js call: every sheet's values and formats as Excel input, cut into
 * blocks of rows, and the blocks grouped into batches (one `context.sync` each) by their estimated
 * request size. Pure, so the chunking is tested without Excel.
 */

/** What Office.js accepts in `range.values` / `range.formulas`. */
export type ExcelInput = string | number | boolean;

/** Excel on the web refuses requests over 5 MB; keep each batch well under it (JSON is an estimate). */
export const DEFAULT_BYTE_BUDGET = 4_000_000;
/**
 * Desktop Excel documents no request limit: one request carries an ordinary competition of any size, and
 * only a pathological one (tens of MB) is cut.
 */
export const DESKTOP_BYTE_BUDGET = 48_000_000;
/** The largest block of rows one `values` assignment carries. */
export const MAX_BLOCK_ROWS = 2_000;
/** … and the largest estimated size of one block, so that wide text never makes one huge assignment. */
export const MAX_BLOCK_BYTES = 1_000_000;
/** What each queued operation costs in the request besides its data (method name, ids, address). */
const OP_OVERHEAD = 200;

export interface PlannedLink {
  /** 0-based position in the sheet. */
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** `'Заявки'!F7` */
  readonly reference: string;
}

/** One sheet, ready to queue: a rectangle of `height` × `width` from A1. */
export interface SheetPlan {
  readonly layout: SheetLayout;
  readonly width: number;
  readonly height: number;
  readonly values: readonly (readonly ExcelInput[])[];
  readonly formats: readonly (readonly string[])[];
  /** Rows (0-based) holding at least one formula: their block is written through `range.formulas`. */
  readonly formulaRows: ReadonlySet<number>;
  readonly links: readonly PlannedLink[];
}

export type WriteOp =
  | { readonly kind: "create"; readonly sheet: number; readonly bytes: number }
  | {
      readonly kind: "block";
      readonly sheet: number;
      /** 0-based first row of the block. */
      readonly firstRow: number;
      readonly rowCount: number;
      readonly withFormulas: boolean;
      readonly bytes: number;
    }
  | {
      readonly kind: "links";
      readonly sheet: number;
      readonly links: readonly PlannedLink[];
      readonly bytes: number;
    }
  | { readonly kind: "cosmetics"; readonly sheet: number; readonly bytes: number };

function isObject(v: WriteValue): v is Exclude<WriteValue, string | number | boolean | null> {
  return typeof v === "object" && v !== null;
}

function columnFormat(layout: SheetLayout, col: number): string {
  const column = layout.columns[col];
  return column?.numberFormat ?? NUMBER_FORMATS[column?.format ?? "text"];
}

/**
 * How internal links are written. `hyperlink` sets range.hyperlink (ExcelApi 1.7), one operation per cell,
 * about 400 bytes of request each; `formula` writes `=HYPERLINK("#Sheet!A1","text")` inside the values block,
 * so thousands of links (a finding per application) do not multiply the requests.
 */
export type LinkMode = "hyperlink" | "formula";

/** Above this many links in one write, links are written as HYPERLINK formulas. */
export const MAX_HYPERLINK_OPS = 1_000;

/** `=HYPERLINK("#'Sheet 1'!A1","text")`; Excel limits each string argument to 255 characters. */
export function hyperlinkFormula(reference: string, text: string): string | undefined {
  if (reference.length > 254 || text.length > 255) return undefined;
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quote(`#${reference}`)},${quote(text)})`;
}

/** A cell as Excel input and the number format that makes Excel keep it as meant. */
export function excelCell(
  value: WriteValue,
  columnFmt: string,
  linkMode: LinkMode = "hyperlink",
): { input: ExcelInput; format: string; formula: boolean; link?: { text: string; reference: string } } {
  const nonText = columnFmt === NUMBER_FORMATS.text ? GENERAL_FORMAT : columnFmt;
  if (value === null) return { input: "", format: columnFmt, formula: false };
  // Text cells are formatted `@` so that Excel stores "001", "1/2" or "=x" as typed, never as a number,
  // date or formula.
  if (typeof value === "string") return { input: value, format: NUMBER_FORMATS.text, formula: false };
  if (typeof value === "number") return { input: value, format: nonText, formula: false };
  if (typeof value === "boolean") return { input: value, format: GENERAL_FORMAT, formula: false };
  if (!isObject(value)) return { input: "", format: columnFmt, formula: false };
  if ("date" in value) {
    const dateFmt = columnFmt === NUMBER_FORMATS.date ? columnFmt : NUMBER_FORMATS.date;
    return { input: value.date, format: dateFmt, formula: false };
  }
  if ("error" in value) return { input: value.error, format: GENERAL_FORMAT, formula: false };
  if ("formula" in value) {
    const formula = value.formula.startsWith("=") ? value.formula : `=${value.formula}`;
    return { input: formula, format: nonText, formula: true };
  }
  const reference = `${quoteSheet(value.sheet)}!${cellRef(value.row, value.col)}`;
  const formula = linkMode === "formula" ? hyperlinkFormula(reference, value.text) : undefined;
  if (formula) return { input: formula, format: GENERAL_FORMAT, formula: true };
  return {
    input: value.text,
    format: NUMBER_FORMATS.text,
    formula: false,
    link: { text: value.text, reference },
  };
}

/** Every cell of a layout as Excel input, padded to a rectangle (Excel needs one width per block). */
export function planSheet(layout: SheetLayout, linkMode: LinkMode = "hyperlink"): SheetPlan {
  const width = Math.max(1, layout.columns.length, ...layout.rows.map((r) => r.length));
  const height = Math.max(1, layout.rows.length);
  const values: ExcelInput[][] = [];
  const formats: string[][] = [];
  const formulaRows = new Set<number>();
  const links: PlannedLink[] = [];
  for (let r = 0; r < height; r++) {
    const source = layout.rows[r] ?? [];
    const rowValues: ExcelInput[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = excelCell(source[c] ?? null, columnFormat(layout, c), linkMode);
      rowValues.push(cell.input);
      rowFormats.push(cell.format);
      if (cell.formula) formulaRows.add(r);
      if (cell.link) links.push({ row: r, col: c, ...cell.link });
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { layout, width, height, values, formats, formulaRows, links };
}

const encoder = new TextEncoder();

/** The link mode of a write: per-cell hyperlinks while they are few. */
export function linkModeFor(layouts: readonly SheetLayout[]): LinkMode {
  let links = 0;
  for (const layout of layouts) {
    for (const row of layout.rows) {
      for (const v of row) if (v !== null && typeof v === "object" && "text" in v && "sheet" in v) links += 1;
    }
  }
  return links > MAX_HYPERLINK_OPS ? "formula" : "hyperlink";
}

/** Estimated bytes of a JSON value in the request (UTF-8: Cyrillic counts twice). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Rows cut into blocks of at most MAX_BLOCK_ROWS rows and about MAX_BLOCK_BYTES each. */
export function blockOps(plan: SheetPlan, sheet: number): WriteOp[] {
  const ops: WriteOp[] = [];
  let first = 0;
  let bytes = 0;
  let withFormulas = false;
  const flush = (end: number): void => {
    if (end > first) {
      ops.push({
        kind: "block",
        sheet,
        firstRow: first,
        rowCount: end - first,
        withFormulas,
        bytes: bytes + OP_OVERHEAD,
      });
    }
    first = end;
    bytes = 0;
    withFormulas = false;
  };
  for (let r = 0; r < plan.height; r++) {
    const rowBytes = jsonBytes(plan.values[r]) + jsonBytes(plan.formats[r]);
    if (r > first && (r - first >= MAX_BLOCK_ROWS || bytes + rowBytes > MAX_BLOCK_BYTES)) flush(r);
    bytes += rowBytes;
    if (plan.formulaRows.has(r)) withFormulas = true;
  }
  flush(plan.height);
  return ops;
}

const LINKS_PER_OP = 500;

/** Every operation of a write, in the order they must run: create, blocks, links, cosmetics per sheet. */
export function writeOps(plans: readonly SheetPlan[]): WriteOp[] {
  const ops: WriteOp[] = [];
  plans.forEach((plan, sheet) => {
    ops.push({ kind: "create", sheet, bytes: OP_OVERHEAD });
    ops.push(...blockOps(plan, sheet));
    for (let i = 0; i < plan.links.length; i += LINKS_PER_OP) {
      const links = plan.links.slice(i, i + LINKS_PER_OP);
      ops.push({ kind: "links", sheet, links, bytes: jsonBytes(links) + links.length * OP_OVERHEAD });
    }
    const layout = plan.layout;
    const cosmetics =
      (layout.columns.length +
        (layout.hiddenColumns?.length ?? 0) +
        (layout.titleRows?.length ?? 0) +
        layout.tables.length * 3 +
        2) *
        OP_OVERHEAD +
      (layout.highlights?.length ?? 0) * OP_OVERHEAD +
      (layout.pageSetup ? 8 * OP_OVERHEAD + jsonBytes(layout.pageSetup) : 0) +
      layout.columns.filter((c) => c.wrap).length * (2 + (layout.titleRows?.length ?? 0)) * OP_OVERHEAD +
      jsonBytes(layout.validations ?? []) +
      (layout.validations?.length ?? 0) * OP_OVERHEAD;
    ops.push({ kind: "cosmetics", sheet, bytes: cosmetics });
  });
  return ops;
}

/**
 * Operations grouped into batches of at most `budget` estimated bytes, order kept. The number of batches
 * (of syncs) depends only on the payload: ceil-like in bytes, and 1 for anything up to the budget —
 * 10 rows and 10 000 rows of an ordinary competition both fit one.
 */
export function batchOps(ops: readonly WriteOp[], budget: number = DEFAULT_BYTE_BUDGET): WriteOp[][] {
  const batches: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length && bytes + op.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}
