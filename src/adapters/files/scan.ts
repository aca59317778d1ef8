/**
 * The limits of a part's XML, from its bytes: the .ods content part is scanned here before SheetJS
 * parses it (cells with their repeats, text longer than Excel's limit). For .xlsx/.xlsm the limits
 * are found by the same pass that reads the values (sheet-xml.ts); `scanSheet` and
 * `scanSharedStrings` give that pass's findings without values. No string of a whole part is built.
 */
import type { CellAddress } from "../../core/model";
import { parseSharedStrings } from "./shared-strings";
import { MAX_REPORTED, readSheetXml } from "./sheet-xml";
import { parseNumberStyles } from "./styles";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const COLON = 0x3a;
const BANG = 0x21;
const QUESTION = 0x3f;

/** The tag being visited; one object reused for every tag (millions of them in a big sheet). */
interface Tag {
  /** Index of `<`. */
  start: number;
  /** Index just after `>`. */
  end: number;
  closing: boolean;
  selfClosing: boolean;
  nameStart: number;
  nameEnd: number;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Walks the tags; `onText(from, to)` gets the character data between tags (CDATA included). */
function walk(
  b: Uint8Array,
  onTag: (tag: Readonly<Tag>) => void,
  onText: (from: number, to: number) => void,
): void {
  const tag: Tag = { start: 0, end: 0, closing: false, selfClosing: false, nameStart: 0, nameEnd: 0 };
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
        const comment = b[lt + 2] === 0x2d;
        const close = comment ? indexOfSeq(b, [0x2d, 0x2d, GT], lt + 4) : b.indexOf(GT, lt);
        at = close < 0 ? n : close + (comment ? 3 : 1);
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
    for (let c = b[i] ?? GT; i < n && c !== GT && c !== SLASH && !isSpace(c); c = b[++i] ?? GT);
    const nameEnd = i;
    // Find the end of the tag, skipping quoted attribute values (they may hold `>`).
    let quote = 0;
    for (; i < n; i++) {
      const c = b[i] ?? 0;
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOS) quote = c;
      else if (c === GT) break;
    }
    tag.start = lt;
    tag.end = Math.min(i + 1, n);
    tag.closing = closing;
    tag.selfClosing = b[i - 1] === SLASH;
    tag.nameStart = nameStart;
    tag.nameEnd = nameEnd;
    onTag(tag);
    at = tag.end;
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
function named(b: Uint8Array, tag: Readonly<Tag>, name: string): boolean {
  let s = tag.nameStart;
  for (let k = tag.nameStart; k < tag.nameEnd; k++) if (b[k] === COLON) s = k + 1;
  if (tag.nameEnd - s !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[s + k] !== name.charCodeAt(k)) return false;
  return true;
}

const utf8 = new TextDecoder("utf-8");

/** Where an attribute's value lies in the tag, by its qualified name (`r`, `t`, `table:name`). */
function attributeRange(b: Uint8Array, tag: Readonly<Tag>, name: string): [number, number] | undefined {
  let i = tag.nameEnd;
  const end = tag.end;
  while (i < end) {
    while (i < end && isSpace(b[i] ?? 0)) i++;
    const start = i;
    while (i < end && b[i] !== 0x3d && b[i] !== GT && b[i] !== SLASH && !isSpace(b[i] ?? 0)) i++;
    const stop = i;
    while (i < end && isSpace(b[i] ?? 0)) i++;
    if (b[i] !== 0x3d) return undefined;
    i++;
    while (i < end && isSpace(b[i] ?? 0)) i++;
    const quote = b[i] ?? 0;
    if (quote !== QUOTE && quote !== APOS) return undefined;
    const close = b.indexOf(quote, i + 1);
    if (close < 0 || close >= end) return undefined;
    if (stop - start === name.length) {
      let same = true;
      for (let k = 0; k < name.length && same; k++) same = b[start + k] === name.charCodeAt(k);
      if (same) return [i + 1, close];
    }
    i = close + 1;
  }
  return undefined;
}

/** An attribute's value, decoded; entities left as they are. */
function attribute(b: Uint8Array, tag: Readonly<Tag>, name: string): string | undefined {
  const range = attributeRange(b, tag, name);
  if (!range) return undefined;
  const [from, to] = range;
  if (to - from <= 16) {
    // Short values (cell references, types, counts) are ASCII: no decoder needed.
    let ascii = "";
    let plain = true;
    for (let k = from; k < to && plain; k++) {
      const c = b[k] ?? 0;
      plain = c < 0x80;
      ascii += String.fromCharCode(c);
    }
    if (plain) return ascii;
  }
  return utf8.decode(b.subarray(from, to));
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
  const withoutPhonetic = xml
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) =>
      text.replace(/&/g, "&amp;").replace(/</g, "&lt;"),
    )
    .replace(/<(\w+:)?rPh[\s>][\s\S]*?<\/(\w+:)?rPh>/g, "");
  for (const m of withoutPhonetic.matchAll(textElements)) length += unescapeXml(m[1] ?? "").length;
  return length;
}

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
  parseSharedStrings(b).forEach((text, index) => {
    if (text !== undefined && text.length > maxChars) long.set(index, text.length);
  });
  return long;
}

/** What the scan of one sheet found. Addresses are 1-based, as in messages. */
export interface SheetScan {
  readonly cells: number;
  readonly uncalculated: readonly CellAddress[];
  readonly tooLong: readonly { readonly address: CellAddress; readonly length: number }[];
}

/**
 * A worksheet part's limits without its values: the same pass as reading it (sheet-xml.ts), so that
 * there is one definition of a cell, of a formula without a cached value (openpyxl and other
 * libraries write formulas without results; an empty `<v/>` counts as none unless the result is a
 * string) and of text, inline or shared, longer than the limit.
 */
export function scanSheet(
  b: Uint8Array,
  sheet: string,
  maxChars: number,
  longShared: ReadonlyMap<number, number>,
): SheetScan {
  // Only the lengths of the long shared strings matter here.
  const shared: (string | undefined)[] = [];
  for (const [index, length] of longShared) shared[index] = " ".repeat(length);
  const read = readSheetXml(b, {
    sheet,
    maxChars,
    shared,
    styles: parseNumberStyles(undefined),
    date1904: false,
    cellBudget: 0,
    values: false,
  });
  return { cells: read.cells, uncalculated: read.uncalculated, tooLong: read.tooLong };
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
  let cellTag: { start: number } | undefined;
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
        cellTag = tag.selfClosing ? undefined : { start: tag.start };
        textBytes = 0;
      }
    },
    (from, to) => {
      if (cellTag) textBytes += to - from;
    },
  );
  return { cells, uncalculated: [], tooLong };
}
