/**
 * A pull reader of XML tags over the bytes of a part: no string of the part is ever built. The
 * caller asks for the next tag and reads what lies between tags by position. Comments, processing
 * instructions and declarations are skipped; a CDATA section is text (never taken for tags).
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const COLON = 0x3a;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DASH = 0x2d;
const BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** The tag read last; one object reused for every tag (millions in a big sheet). */
export interface XmlTag {
  /** Index of `<`. */
  start: number;
  /** Index just after `>`. */
  end: number;
  closing: boolean;
  selfClosing: boolean;
  /** The local name (after any prefix) is b[local..nameEnd). */
  local: number;
  nameEnd: number;
}

export function newTag(): XmlTag {
  return { start: 0, end: 0, closing: false, selfClosing: false, local: 0, nameEnd: 0 };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Index of `c1 c2 c3` (or of `c1 c2` when c3 is 0) from `from`, or the end. */
function find(b: Uint8Array, from: number, c1: number, c2: number, c3: number): number {
  let at = b.indexOf(c1, from);
  while (at >= 0) {
    if (b[at + 1] === c2 && (c3 === 0 || b[at + 2] === c3)) return at;
    at = b.indexOf(c1, at + 1);
  }
  return b.length;
}

/** Reads the next tag at or after `at` into `tag`; false when there is none. */
export function nextTag(b: Uint8Array, at: number, tag: XmlTag): boolean {
  const n = b.length;
  for (;;) {
    const lt = b.indexOf(LT, at);
    if (lt < 0) return false;
    const next = b[lt + 1] ?? 0;
    if (next === BANG) {
      if (b[lt + 2] === BRACKET) at = find(b, lt + 9, CLOSE_BRACKET, CLOSE_BRACKET, GT) + 3;
      else if (b[lt + 2] === DASH) at = find(b, lt + 4, DASH, DASH, GT) + 3;
      else at = find(b, lt, GT, GT, 0) + 1;
      continue;
    }
    if (next === QUESTION) {
      at = find(b, lt + 2, QUESTION, GT, 0) + 2;
      continue;
    }
    const closing = next === SLASH;
    let i = closing ? lt + 2 : lt + 1;
    let local = i;
    for (; i < n; i++) {
      const c = b[i] ?? GT;
      if (c === GT || c === SLASH || isSpace(c)) break;
      if (c === COLON) local = i + 1;
    }
    tag.local = local;
    tag.nameEnd = i;
    // The end of the tag, skipping quoted attribute values (they may hold `>`).
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
    return true;
  }
}

/** Whether the tag's local name is `name` (ASCII). */
export function isNamed(b: Uint8Array, tag: Readonly<XmlTag>, name: string): boolean {
  if (tag.nameEnd - tag.local !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[tag.local + k] !== name.charCodeAt(k)) return false;
  return true;
}

/**
 * Calls `found(nameFrom, nameTo, valueFrom, valueTo)` for each attribute of the tag (the value
 * without its quotes, escapes left as written).
 */
export function eachAttribute(
  b: Uint8Array,
  tag: Readonly<XmlTag>,
  found: (nameFrom: number, nameTo: number, valueFrom: number, valueTo: number) => void,
): void {
  let i = tag.nameEnd;
  const end = tag.end;
  while (i < end) {
    while (i < end && isSpace(b[i] ?? 0)) i++;
    const start = i;
    while (i < end && b[i] !== EQUALS && b[i] !== GT && b[i] !== SLASH && !isSpace(b[i] ?? 0)) i++;
    const stop = i;
    while (i < end && isSpace(b[i] ?? 0)) i++;
    if (b[i] !== EQUALS) return;
    i++;
    while (i < end && isSpace(b[i] ?? 0)) i++;
    const quote = b[i] ?? 0;
    if (quote !== QUOTE && quote !== APOS) return;
    const close = b.indexOf(quote, i + 1);
    if (close < 0 || close >= end) return;
    found(start, stop, i + 1, close);
    i = close + 1;
  }
}

/** Whether b[from..to) is the ASCII `name`. */
export function bytesAre(b: Uint8Array, from: number, to: number, name: string): boolean {
  if (to - from !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[from + k] !== name.charCodeAt(k)) return false;
  return true;
}
