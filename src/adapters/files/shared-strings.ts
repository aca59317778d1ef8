/**
 * The text of a string item, as in the shared strings part (`<si>`) or an inline string (`<is>`),
 * read from bytes: plain text (`<t>`) or rich text runs (`<r><t>`) flattened, phonetic runs (`<rPh>`)
 * left out; the same text SheetJS gives, so that both readers agree.
 */
import { xmlText } from "./xml-text";
import { isNamed, newTag, nextTag, type XmlTag } from "./xml-tags";

/** Texts by index; undefined for an item that holds no text element at all (read as an empty cell). */
export type SharedStrings = readonly (string | undefined)[];

const LT = 0x3c;

function onlySpace(b: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = b[k];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

/** Where the item read last ended (just after its closing tag, or the end of the part). */
let itemEnd = 0;

/**
 * The text of the item whose content starts at `from` and ends at the closing tag named `close`
 * (`si` or `is`); sets `itemEnd`.
 */
export function itemText(
  b: Uint8Array,
  from: number,
  close: string,
  tag: XmlTag = newTag(),
): string | undefined {
  let first = true;
  let plainFrom = -1;
  let plainTo = -1;
  let rich = false;
  let phonetic = 0;
  const runs: string[] = [];
  let at = from;
  let end = b.length;
  itemEnd = b.length;
  while (nextTag(b, at, tag)) {
    at = tag.end;
    if (tag.closing && isNamed(b, tag, close)) {
      end = tag.start;
      itemEnd = tag.end;
      break;
    }
    const isText = tag.nameEnd - tag.local === 1 && b[tag.local] === 0x74; // t
    if (first) {
      first = false;
      if (isText && !tag.closing && onlySpace(b, from, tag.start)) plainFrom = tag.selfClosing ? -2 : tag.end;
    }
    if (plainFrom >= 0) {
      if (plainTo < 0 && isText && tag.closing) plainTo = tag.start;
      continue;
    }
    if (isNamed(b, tag, "rPh")) {
      if (!tag.selfClosing) phonetic += tag.closing ? -1 : 1;
    } else if (tag.nameEnd - tag.local === 1 && b[tag.local] === 0x72 && !tag.closing)
      rich = true; // r
    else if (isText && !tag.closing && !tag.selfClosing && phonetic <= 0) {
      // A run's text counts only when nothing but text lies before its closing tag.
      const lt = b.indexOf(LT, tag.end);
      if (lt >= 0 && b[lt + 1] === 0x2f) {
        const save = { ...tag };
        if (nextTag(b, lt, tag) && tag.closing && tag.nameEnd - tag.local === 1 && b[tag.local] === 0x74)
          runs.push(xmlText(b, save.end, lt, false));
        Object.assign(tag, save);
      }
    }
  }
  if (plainFrom === -2) return "";
  if (plainFrom >= 0) return xmlText(b, plainFrom, plainTo < 0 ? end : plainTo, true);
  if (!rich) return undefined;
  const joined = runs.join("");
  return joined.includes("\r\n") ? joined.replace(/\r\n/g, "\n") : joined;
}

/** Where the last `itemText` ended. */
export function lastItemEnd(): number {
  return itemEnd;
}

/** The shared strings part (`xl/sharedStrings.xml`): every `<si>` item's text, in order. */
export function parseSharedStrings(b: Uint8Array): SharedStrings {
  const strings: (string | undefined)[] = [];
  const tag = newTag();
  let at = 0;
  while (nextTag(b, at, tag)) {
    at = tag.end;
    if (tag.closing || !isNamed(b, tag, "si")) continue;
    if (tag.selfClosing) {
      strings.push(undefined);
      continue;
    }
    strings.push(itemText(b, tag.end, "si", tag));
    at = itemEnd;
  }
  return strings;
}
