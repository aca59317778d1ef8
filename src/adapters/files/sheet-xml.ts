/**
 * A worksheet part (`xl/worksheets/sheetN.xml`) read in one pass over its bytes: the port's values
 * (row-major from A1, rows ending at their last value, null where nothing is) and, in the same pass,
 * the limits: cells counted, text longer than Excel's limit, formulas without a cached value. Only
 * the text of each value is decoded, never the whole part.
 *
 * Values are converted as SheetJS + cells.ts converted them (bench and a differential test keep the
 * two in step): numbers by their cell style (dates, percents), shared and inline strings (rich text
 * flattened), booleans, errors, formula string results; a merged area keeps its top-left value.
 */
import type { CellAddress } from "../../core/model";
import type { CellValue } from "../../workbook/port";
import { numberOfKind } from "./cells";
import { itemText, lastItemEnd, type SharedStrings } from "./shared-strings";
import type { NumberStyles } from "./styles";
import { decodeBytes, xmlText } from "./xml-text";
import { bytesAre, eachAttribute, isNamed, newTag, nextTag, type XmlTag } from "./xml-tags";

export interface SheetContext {
  readonly sheet: string;
  readonly maxChars: number;
  readonly shared: SharedStrings;
  readonly styles: NumberStyles;
  readonly date1904: boolean;
  /** Values are built for at most this many cells; past it (the limit is broken) cells are only counted. */
  readonly cellBudget: number;
  /** False: only count and check (no values are built). */
  readonly values: boolean;
}

export interface SheetRead {
  /** Undefined when not built: a problem was found, the cell budget ran out, or none were asked. */
  readonly values: CellValue[][] | undefined;
  /**
   * The number format of each number cell whose style shows it otherwise than General, by
   * formatKey(row, col): one small map per sheet, one shared string per format (the results' copies).
   */
  readonly numberFormats: ReadonlyMap<number, string>;
  /** Every `<c>` element, as the cell limit counts them. */
  readonly cells: number;
  readonly uncalculated: readonly CellAddress[];
  readonly tooLong: readonly { readonly address: CellAddress; readonly length: number }[];
  /**
   * A cell this reader does not convert (an ISO date cell `t="d"`, a shared string index that is not
   * in the table) or a part in UTF-16: the caller reads the sheet another way rather than give
   * different values.
   */
  readonly unsupported: boolean;
}

/** At most this many cells of one kind are reported; the rest are counted only by being there. */
export const MAX_REPORTED = 20;

/** Errors that SheetJS knows by their text in .xlsx; any other reads as `#VALUE!`, as SheetJS reads it. */
const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]);

const enum CellType {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  IsoDate,
  Other,
}

function cellType(b: Uint8Array, from: number, to: number): CellType {
  const length = to - from;
  const c = b[from];
  if (length === 0) return CellType.Number;
  if (length === 1) {
    if (c === 0x6e) return CellType.Number; // n
    if (c === 0x73) return CellType.Shared; // s
    if (c === 0x62) return CellType.Bool; // b
    if (c === 0x65) return CellType.Error; // e
    if (c === 0x64) return CellType.IsoDate; // d
    return CellType.Other;
  }
  if (bytesAre(b, from, to, "str")) return CellType.Str;
  if (bytesAre(b, from, to, "inlineStr")) return CellType.Inline;
  return CellType.Other;
}

/** A non-negative decimal integer in b[from..to), or -1. */
function digits(b: Uint8Array, from: number, to: number): number {
  if (from >= to) return -1;
  let value = 0;
  for (let k = from; k < to; k++) {
    const d = (b[k] ?? 0) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** A number value: integers of up to 15 digits directly, anything else as JavaScript parses it. */
function numberAt(b: Uint8Array, from: number, to: number): number {
  const negative = b[from] === 0x2d;
  if (to - from <= 15) {
    const n = digits(b, negative ? from + 1 : from, to);
    if (n >= 0) return negative ? -n : n;
  }
  return parseFloat(xmlText(b, from, to, false));
}

/** Columns in a sheet (XFD). */
const COLUMNS = 16_384;

/** 0-based `row * COLUMNS + col` of an A1 reference in b[from..to) (`$` allowed), or -1. */
export function refAt(b: Uint8Array, from: number, to: number): number {
  let col = 0;
  let k = from;
  if (b[k] === 0x24) k++;
  for (; k < to; k++) {
    const c = (b[k] ?? 0) & 0xdf;
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
  }
  if (b[k] === 0x24) k++;
  const row = digits(b, k, to);
  if (col === 0 || col > COLUMNS || row <= 0) return -1;
  return (row - 1) * COLUMNS + (col - 1);
}

/** The values of one sheet part, with its limit problems; see SheetRead. */
export function readSheetXml(b: Uint8Array, ctx: SheetContext): SheetRead {
  const { sheet, maxChars, shared, styles, date1904 } = ctx;
  // A part in UTF-16 (allowed by XML, written by no known producer) has no ASCII tags to find.
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    return {
      values: undefined,
      numberFormats: new Map(),
      cells: 0,
      uncalculated: [],
      tooLong: [],
      unsupported: true,
    };
  }
  const uncalculated: CellAddress[] = [];
  const tooLong: { address: CellAddress; length: number }[] = [];
  let rows: CellValue[][] | undefined = ctx.values ? [] : undefined;
  let unsupported = false;
  const numberFormats = new Map<number, string>();
  let cells = 0;
  const merges: number[] = [];

  // The row of the last <row> (for cells without a reference) and the cell being read.
  let rowTag = -1;
  let col = -1;
  let inCell = false;
  let row = 0;
  let type = CellType.Number;
  let style = -1;
  let formula = false;
  let vFrom = -1;
  let vTo = -1;
  let isFrom = -1;
  let isTo = -1;
  let isText: string | undefined;

  const tag: XmlTag = newTag();
  const inner: XmlTag = newTag();
  let refFrom = -1;
  let refTo = -1;
  let typeFrom = -1;
  let typeTo = -1;
  let styleFrom = -1;
  let styleTo = -1;
  const cellAttribute = (nf: number, nt: number, vf: number, vt: number): void => {
    if (nt - nf !== 1) return;
    const c = b[nf];
    if (c === 0x72) {
      refFrom = vf;
      refTo = vt;
    } else if (c === 0x74) {
      typeFrom = vf;
      typeTo = vt;
    } else if (c === 0x73) {
      styleFrom = vf;
      styleTo = vt;
    }
  };
  let rowFrom = -1;
  let rowTo = -1;
  const rowAttribute = (nf: number, nt: number, vf: number, vt: number): void => {
    if (nt - nf === 1 && b[nf] === 0x72) {
      rowFrom = vf;
      rowTo = vt;
    }
  };
  const mergeAttribute = (nf: number, nt: number, vf: number, vt: number): void => {
    if (!bytesAre(b, nf, nt, "ref")) return;
    const colon = b.indexOf(0x3a, vf);
    const split = colon >= 0 && colon < vt ? colon : vt;
    const from = refAt(b, vf, split);
    const to = split < vt ? refAt(b, split + 1, vt) : from;
    if (from >= 0 && to >= 0) merges.push(from, to);
  };

  const startCell = (t: XmlTag): void => {
    refFrom = typeFrom = styleFrom = -1;
    eachAttribute(b, t, cellAttribute);
    const at = refFrom >= 0 ? refAt(b, refFrom, refTo) : -1;
    if (at >= 0) {
      row = Math.floor(at / COLUMNS);
      col = at % COLUMNS;
    } else {
      row = rowTag;
      col++;
    }
    type = typeFrom >= 0 ? cellType(b, typeFrom, typeTo) : CellType.Number;
    style = styleFrom >= 0 ? digits(b, styleFrom, styleTo) : -1;
    formula = false;
    vFrom = vTo = isFrom = isTo = -1;
    isText = undefined;
    inCell = true;
  };

  const problem = (): void => {
    rows = undefined;
  };
  const address = (): CellAddress => ({ sheet, row: row + 1, col: col + 1 });

  const finishCell = (): void => {
    inCell = false;
    cells++;
    if (cells > ctx.cellBudget) rows = undefined;
    const hasValue = vFrom >= 0 && vTo > vFrom;
    if (formula && !hasValue && type !== CellType.Str && type !== CellType.Inline) {
      if (uncalculated.length < MAX_REPORTED) uncalculated.push(address());
      problem();
    }
    let value: CellValue = null;
    switch (type) {
      case CellType.Number:
        if (hasValue && rows) {
          value = numberOfKind(numberAt(b, vFrom, vTo), styles.kindOf(style), date1904);
          const format = styles.formatOf(style);
          if (format !== undefined) numberFormats.set(row * COLUMNS + col, format);
        }
        break;
      case CellType.Shared: {
        if (!hasValue) break;
        const index = parseInt(decodeBytes(b, vFrom, vTo), 10);
        if (!(index >= 0 && index < shared.length)) {
          unsupported = true;
          break;
        }
        const text = shared[index];
        if (text !== undefined && text.length > maxChars) {
          if (tooLong.length < MAX_REPORTED) tooLong.push({ address: address(), length: text.length });
          problem();
        }
        value = text ?? null;
        break;
      }
      case CellType.Str:
        value = hasValue ? xmlText(b, vFrom, vTo, true) : "";
        break;
      case CellType.Inline:
        value = isFrom >= 0 ? (isText ?? null) : "";
        break;
      case CellType.Bool:
        if (rows) {
          const text = hasValue ? decodeBytes(b, vFrom, vTo) : "";
          value = text === "1" || text === "true";
        }
        break;
      case CellType.Error:
        if (rows) {
          const text = hasValue ? xmlText(b, vFrom, vTo, false) : "";
          value = { error: ERRORS.has(text) ? text : "#VALUE!" };
        }
        break;
      case CellType.IsoDate:
        unsupported = true;
        break;
      case CellType.Other:
        break;
    }
    if (
      typeof value === "string" &&
      (type === CellType.Str || type === CellType.Inline) &&
      value.length > maxChars
    ) {
      if (tooLong.length < MAX_REPORTED) tooLong.push({ address: address(), length: value.length });
      problem();
    }
    if (value === null || !rows) return;
    while (rows.length <= row) rows.push([]);
    const values = rows[row] ?? [];
    while (values.length < col) values.push(null);
    values[col] = value;
  };

  let inSheetData = false;
  let at = 0;
  while (nextTag(b, at, tag)) {
    at = tag.end;
    const length = tag.nameEnd - tag.local;
    const first = b[tag.local];
    if (length === 1) {
      if (first === 0x63) {
        // c
        if (!inSheetData) continue;
        if (tag.closing) {
          if (inCell) finishCell();
        } else {
          if (inCell) finishCell();
          startCell(tag);
          if (tag.selfClosing) finishCell();
        }
      } else if (first === 0x76 && inCell) {
        // v
        if (tag.closing) vTo = tag.start;
        else if (tag.selfClosing) vFrom = vTo = tag.end;
        else {
          vFrom = tag.end;
          vTo = -1;
        }
      } else if (first === 0x66 && inCell && !tag.closing) formula = true; // f
    } else if (length === 2 && first === 0x69 && b[tag.local + 1] === 0x73 && inCell && !tag.closing) {
      // is: read the item (its text is needed for the length even when no values are built)
      isFrom = tag.end;
      if (tag.selfClosing) isText = "";
      else {
        isText = itemText(b, tag.end, "is", inner);
        isTo = lastItemEnd();
        at = isTo;
      }
    } else if (length === 3 && first === 0x72 && isNamed(b, tag, "row")) {
      if (tag.closing) continue;
      rowFrom = -1;
      eachAttribute(b, tag, rowAttribute);
      const r = rowFrom >= 0 ? digits(b, rowFrom, rowTo) : -1;
      rowTag = r > 0 ? r - 1 : rowTag + 1;
      col = -1;
    } else if (length === 9) {
      if (isNamed(b, tag, "sheetData")) inSheetData = !tag.closing && !tag.selfClosing;
      else if (isNamed(b, tag, "mergeCell") && !tag.closing) eachAttribute(b, tag, mergeAttribute);
    }
  }
  if (inCell) finishCell();
  if (rows && merges.length > 0) unmerge(rows, merges);
  return { values: rows, numberFormats, cells, uncalculated, tooLong, unsupported };
}

/** Empties the cells of merged areas but their top-left ones, then trims rows and the grid again. */
function unmerge(rows: CellValue[][], merges: readonly number[]): void {
  for (let m = 0; m < merges.length; m += 2) {
    const from = merges[m] ?? 0;
    const to = merges[m + 1] ?? 0;
    const r0 = Math.floor(from / COLUMNS);
    const c0 = from % COLUMNS;
    const r1 = Math.floor(to / COLUMNS);
    const c1 = to % COLUMNS;
    for (let r = r0; r <= r1 && r < rows.length; r++) {
      const values = rows[r];
      if (!values) continue;
      for (let c = c0; c <= c1 && c < values.length; c++) if (r !== r0 || c !== c0) values[c] = null;
      while (values.length > 0 && values[values.length - 1] === null) values.pop();
    }
  }
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
}
