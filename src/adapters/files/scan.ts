/**
 * One pass over a part's XML bytes before any parser sees it: counts the cells, finds text longer
 * than Excel's limit and formulas that carry no calculated value. Works on bytes (no string of the
 * whole part is built); only a suspicious cell is decoded.
 */
import type { CellAddress } from "../../core/model";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const COLON = 0x3a;
const BANG = 0x21;
const QUESTION = 0x3f;

interface Tag {
  /** Index of `<`. */
  readonly start: number;
  /** Index just after `>`. */
  readonly end: number;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly nameStart: number;
  readonly nameEnd: number;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Walks the tags; `text(from, to)` gets the character data between tags (CDATA included). */
function walk(b: Uint8Array, onTag: (tag: Tag) => void, onText: (from: number, to: number) => void): void {
  let at = 0;
  const n = b.length;
  while (at < n) {
    const lt = b.indexOf(LT, at);
    if (lt < 0) {
      onText(at, n);
      return;
    }
    if (lt > at) onText(at, lt);
    const next = b[lt + 1];
    if (next === BANG) {
      // <![CDATA[ … ]]> is text; <!-- … --> and <!DOCTYPE …> are skipped.
      if (b[lt + 2] === 0x5b) {
        const close = indexOfSeq(b, [0x5d, 0x5d, GT], lt + 9);
        const end = close < 0 ? n : close;
        onText(lt + 9, end);
        at = end + 3;
      } else {
        const close = b[lt + 2] === 0x2d ? indexOfSeq(b, [0x2d, 0x2d, GT], lt + 4) : b.indexOf(GT, lt);
        at = close < 0 ? n : close + (b[lt + 2] === 0x2d ? 3 : 1);
      }
      continue;
    }
    if (next === QUESTION) {
      const close = indexOfSeq(b, [QUESTION, GT], lt + 2);
      at = close < 0 ? n : close + 2;
      continue;
    }
    const closing = next === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    let i = nameStart;
    while (i < n && !isSpace(b[i] ?? 0) && b[i] !== GT && b[i] !== SLASH) i++;
    const nameEnd = i;
    // Find the end of the tag, skipping quoted attribute values (they may hold `>`).
    let quote = 0;
    while (i < n) {
      const c = b[i] ?? 0;
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOS) quote = c;
      else if (c === GT) break;
      i++;
    }
    const end = Math.min(i + 1, n);
    onTag({ start: lt, end, closing, selfClosing: b[i - 1] === SLASH, nameStart, nameEnd });
    at = end;
  }
}

function indexOfSeq(b: Uint8Array, seq: readonly number[], from: number): number {
  const first = seq[0] ?? 0;
  let at = b.indexOf(first, from);
  while (at >= 0) {
    if (seq.every((c, k) => b[at + k] === c)) return at;
    at = b.indexOf(first, at + 1);
  }
  return -1;
}

/** Whether the tag's local name (after any prefix) is `name` (ASCII). */
function named(b: Uint8Array, tag: Tag, name: string): boolean {
  let s = tag.nameStart;
  for (let k = tag.nameStart; k < tag.nameEnd; k++) if (b[k] === COLON) s = k + 1;
  if (tag.nameEnd - s !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[s + k] !== name.charCodeAt(k)) return false;
  return true;
}

const utf8 = new TextDecoder("utf-8");

const attributePatterns = new Map<string, RegExp>();

/** An attribute's value by its qualified name (`r`, `t`, `table:name`), decoded; entities left as they are. */
function attribute(b: Uint8Array, tag: Tag, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(utf8.decode(b.subarray(tag.nameEnd, tag.end)));
  return match ? (match[1] ?? match[2]) : undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? "";
  });
}

/** The characters of the text in `xml` (elements named `textElements`, phonetic runs left out). */
function textLength(xml: string, textElements: RegExp): number {
  let length = 0;
  const withoutPhonetic = xml.replace(/<(\w+:)?rPh[\s>][\s\S]*?<\/(\w+:)?rPh>/g, "");
  for (const m of withoutPhonetic.matchAll(textElements)) length += unescapeXml(m[1] ?? "").length;
  return length;
}

const OOXML_TEXT = /<(?:\w+:)?(?:t|v)(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?(?:t|v)>/g;

/** 0-based column and row of an A1 reference such as `AB12`; undefined when it is not one. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of (m[1] ?? "").toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Shared strings (by index) longer than the limit, with their length in characters. */
export function scanSharedStrings(b: Uint8Array, maxChars: number): ReadonlyMap<number, number> {
  const long = new Map<number, number>();
  let index = -1;
  let itemStart = 0;
  let textBytes = 0;
  let inText = false;
  walk(
    b,
    (tag) => {
      if (named(b, tag, "si")) {
        if (tag.closing) {
          // UTF-8 takes at least one byte per character: only then is the text worth decoding.
          if (textBytes > maxChars) {
            const length = textLength(utf8.decode(b.subarray(itemStart, tag.end)), OOXML_TEXT);
            if (length > maxChars) long.set(index, length);
          }
        } else {
          index++;
          itemStart = tag.start;
          textBytes = 0;
        }
      } else if (named(b, tag, "t")) inText = !tag.closing && !tag.selfClosing;
    },
    (from, to) => {
      if (inText) textBytes += to - from;
    },
  );
  return long;
}

/** What the scan of one sheet found. Addresses are 1-based, as in messages. */
export interface SheetScan {
  readonly cells: number;
  readonly uncalculated: readonly CellAddress[];
  readonly tooLong: readonly { readonly address: CellAddress; readonly length: number }[];
}

/** At most this many cells of one kind are reported; the rest are counted only by being there. */
const MAX_REPORTED = 20;

/**
 * A worksheet part (`xl/worksheets/sheetN.xml`): its cells, formulas without a cached value
 * (openpyxl and other libraries write formulas without results; an empty `<v/>` counts as none unless
 * the result is a string), and cells whose text, inline or shared, is longer than the limit.
 */
export function scanSheet(
  b: Uint8Array,
  sheet: string,
  maxChars: number,
  longShared: ReadonlyMap<number, number>,
): SheetScan {
  let cells = 0;
  const uncalculated: CellAddress[] = [];
  const tooLong: { address: CellAddress; length: number }[] = [];
  let row = -1;
  let col = -1;
  let cellTag: Tag | undefined;
  let type = "n";
  let hasFormula = false;
  let valueBytes = -1;
  let textBytes = 0;
  let inValue = false;
  let inText = false;
  let valueStart = 0;
  let valueEnd = 0;

  const finishCell = (end: number): void => {
    if (!cellTag) return;
    const address = { sheet, row: row + 1, col: col + 1 };
    if (
      hasFormula &&
      valueBytes <= 0 &&
      type !== "str" &&
      type !== "inlineStr" &&
      uncalculated.length < MAX_REPORTED
    ) {
      uncalculated.push(address);
    }
    if (textBytes > maxChars && tooLong.length < MAX_REPORTED) {
      const length = textLength(utf8.decode(b.subarray(cellTag.start, end)), OOXML_TEXT);
      if (length > maxChars) tooLong.push({ address, length });
    }
    if (type === "s" && longShared.size > 0 && valueBytes > 0 && tooLong.length < MAX_REPORTED) {
      const length = longShared.get(Number(utf8.decode(b.subarray(valueStart, valueEnd)).trim()));
      if (length !== undefined) tooLong.push({ address, length });
    }
    cellTag = undefined;
  };

  walk(
    b,
    (tag) => {
      if (named(b, tag, "c")) {
        if (tag.closing) {
          finishCell(tag.end);
          return;
        }
        cells++;
        const ref = attribute(b, tag, "r");
        const at = ref === undefined ? undefined : parseA1(ref);
        if (at) {
          row = at.row;
          col = at.col;
        } else col++;
        cellTag = tag;
        type = attribute(b, tag, "t") ?? "n";
        hasFormula = false;
        valueBytes = -1;
        textBytes = 0;
        if (tag.selfClosing) finishCell(tag.end);
      } else if (named(b, tag, "row") && !tag.closing) {
        const r = Number(attribute(b, tag, "r"));
        row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
        col = -1;
      } else if (cellTag) {
        if (named(b, tag, "f") && !tag.closing) hasFormula = true;
        else if (named(b, tag, "v")) {
          inValue = !tag.closing && !tag.selfClosing;
          if (tag.closing) valueEnd = tag.start;
          else {
            valueBytes = 0;
            valueStart = tag.end;
          }
        } else if (named(b, tag, "t")) inText = !tag.closing && !tag.selfClosing;
      }
    },
    (from, to) => {
      if (inValue) valueBytes += to - from;
      if (inValue || inText) textBytes += to - from;
    },
  );
  return { cells, uncalculated, tooLong };
}

const ODS_TEXT = /<text:(?:p|h|span)(?:\s[^>]*)?>([^<]*)/g;

/**
 * The content part of an .ods package (every sheet): the cells holding a value, with their repeats
 * (`number-columns-repeated`, `number-rows-repeated`, which can make one element stand for millions
 * of cells), and cells whose text is longer than the limit.
 */
export function scanOdsContent(b: Uint8Array, maxChars: number): SheetScan {
  let cells = 0;
  const tooLong: { address: CellAddress; length: number }[] = [];
  let sheet = "";
  let row = -1;
  let rowRepeat = 1;
  let col = 0;
  let cellTag: Tag | undefined;
  let cellCol = 0;
  let textBytes = 0;
  walk(
    b,
    (tag) => {
      if (named(b, tag, "table") && !tag.closing) {
        sheet = unescapeXml(attribute(b, tag, "table:name") ?? "");
        row = -1;
        rowRepeat = 1;
      } else if (named(b, tag, "table-row") && !tag.closing) {
        row += rowRepeat;
        rowRepeat = Math.max(1, Number(attribute(b, tag, "table:number-rows-repeated") ?? 1) || 1);
        col = 0;
      } else if (named(b, tag, "table-cell") || named(b, tag, "covered-table-cell")) {
        if (tag.closing) {
          if (cellTag && textBytes > maxChars && tooLong.length < MAX_REPORTED) {
            const length = textLength(utf8.decode(b.subarray(cellTag.start, tag.end)), ODS_TEXT);
            if (length > maxChars)
              tooLong.push({ address: { sheet, row: row + 1, col: cellCol + 1 }, length });
          }
          cellTag = undefined;
          return;
        }
        const repeat = Math.max(1, Number(attribute(b, tag, "table:number-columns-repeated") ?? 1) || 1);
        if (attribute(b, tag, "office:value-type") !== undefined) cells += repeat * rowRepeat;
        cellCol = col;
        col += repeat;
        cellTag = tag.selfClosing ? undefined : tag;
        textBytes = 0;
      }
    },
    (from, to) => {
      if (cellTag) textBytes += to - from;
    },
  );
  return { cells, uncalculated: [], tooLong };
}
