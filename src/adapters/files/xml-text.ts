/**
 * The text of one XML value, from the bytes of a part: UTF-8 decoded, then its escapes undone the
 * way SheetJS undoes them in .xlsx (so that both readers give the same strings): the five XML
 * entities and numeric references (`&#13;`, `&#x41;`), Excel's `_xHHHH_` escapes of control
 * characters, CDATA sections kept as written, and a `\r\n` read as `\n` in cell text.
 */

const utf8 = new TextDecoder("utf-8");
const AMP = 0x26;
const UNDERSCORE = 0x5f;
const LT = 0x3c;

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;
const NAMED: Readonly<Record<string, string>> = {
  "&quot;": '"',
  "&apos;": "'",
  "&gt;": ">",
  "&lt;": "<",
  "&amp;": "&",
};

/** The bytes as text: short ASCII runs without the decoder (most numbers, codes and names). */
export function decodeBytes(b: Uint8Array, from: number, to: number): string {
  if (to - from <= 24) {
    let text = "";
    for (let k = from; k < to; k++) {
      const c = b[k] ?? 0;
      if (c >= 0x80) return utf8.decode(b.subarray(from, to));
      text += String.fromCharCode(c);
    }
    return text;
  }
  return utf8.decode(b.subarray(from, to));
}

/** Whether the bytes hold anything to unescape (`&`, `_`, or `<` of a CDATA section). */
function plain(b: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = b[k];
    if (c === AMP || c === UNDERSCORE || c === LT) return false;
  }
  return true;
}

function unescapeRaw(text: string): string {
  const cdata = text.indexOf("<![CDATA[");
  if (cdata < 0) {
    return text
      .replace(ENTITY, (all: string, code: string | undefined) => {
        const named = NAMED[all];
        if (named !== undefined) return named;
        // As SheetJS: a code unit (not a code point); an entity it cannot read becomes NUL.
        return String.fromCharCode(parseInt(code ?? "", all.includes("x") ? 16 : 10));
      })
      .replace(CODE, (_: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  const end = text.indexOf("]]>");
  return unescapeRaw(text.slice(0, cdata)) + text.slice(cdata + 9, end) + unescapeRaw(text.slice(end + 3));
}

/** Escaped text as written in an XML value (`&amp;`, `_x000D_`) as the text it stands for. */
export function unescapeText(text: string, cellText: boolean): string {
  const out = unescapeRaw(text);
  return cellText && out.includes("\r\n") ? out.replace(/\r\n/g, "\n") : out;
}

/** The text of b[from..to), unescaped; `cellText` reads `\r\n` as `\n` (strings, not numbers). */
export function xmlText(b: Uint8Array, from: number, to: number, cellText: boolean): string {
  const raw = decodeBytes(b, from, to);
  if (plain(b, from, to)) return cellText && raw.includes("\r\n") ? raw.replace(/\r\n/g, "\n") : raw;
  return unescapeText(raw, cellText);
}
