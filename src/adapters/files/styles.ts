/**
 * The number formats of a workbook's cell styles (`xl/styles.xml`), read once: for each cell style
 * (`cellXfs` index, a cell's `s`) whether its numbers are dates, percents or plain numbers.
 */
import { formatForCopy, numberKind, type NumberKind } from "./cells";
import { decodeBytes, unescapeText } from "./xml-text";
import { bytesAre, eachAttribute, isNamed, newTag, nextTag } from "./xml-tags";

/** Excel's built-in formats as SheetJS knows them (ids without a format here have none). */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * The built-in date formats of East Asian Excel (27–36, 50–58): their codes depend on the locale
 * and are never written in the file, so they are dates by their id (as ExcelJS reads them).
 */
function builtInDate(id: number): boolean {
  return (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/** The kind of number each cell style shows; style index -1 is a cell without `s`. */
export interface NumberStyles {
  kindOf(style: number): NumberKind;
  /** The number format code of a cell style when it is not General (kept for the results' copies). */
  formatOf(style: number): string | undefined;
}

function kindOfId(id: number, custom: ReadonlyMap<number, string>): NumberKind {
  // As SheetJS: a custom format may replace a built-in one, but never General (id 0).
  const format = (id > 0 ? custom.get(id) : undefined) ?? BUILT_IN[id];
  if (format === undefined && builtInDate(id)) return "date";
  return numberKind(format);
}

const NO_STYLES: NumberStyles = { kindOf: () => "number", formatOf: () => undefined };

/** A format's code for the copies: built-in and custom codes as written; the locale's dates as the short date. */
function codeOfId(id: number, custom: ReadonlyMap<number, string>): string | undefined {
  const format = (id > 0 ? custom.get(id) : undefined) ?? BUILT_IN[id];
  if (format === undefined) return builtInDate(id) ? "dd.mm.yyyy" : undefined;
  return formatForCopy(format);
}

/** The styles part's number formats and cell styles; plain numbers everywhere without one. */
export function parseNumberStyles(b: Uint8Array | undefined): NumberStyles {
  if (!b) return NO_STYLES;
  const custom = new Map<number, string>();
  const ids: number[] = [];
  const tag = newTag();
  let inCellXfs = false;
  // Only the workbook's number formats: a differential format (<dxf>) has its own <numFmt>.
  let inNumFmts = false;
  let at = 0;
  while (nextTag(b, at, tag)) {
    at = tag.end;
    if (isNamed(b, tag, "cellXfs")) inCellXfs = !tag.closing && !tag.selfClosing;
    else if (isNamed(b, tag, "numFmts")) inNumFmts = !tag.closing && !tag.selfClosing;
    else if (inNumFmts && isNamed(b, tag, "numFmt") && !tag.closing) {
      let id = NaN;
      let code: string | undefined;
      eachAttribute(b, tag, (nf, nt, vf, vt) => {
        if (bytesAre(b, nf, nt, "numFmtId")) id = parseInt(decodeBytes(b, vf, vt), 10);
        else if (bytesAre(b, nf, nt, "formatCode")) code = unescapeText(decodeBytes(b, vf, vt), false);
      });
      if (code !== undefined && Number.isInteger(id)) custom.set(id, code);
    } else if (inCellXfs && isNamed(b, tag, "xf") && !tag.closing) {
      let id = 0;
      eachAttribute(b, tag, (nf, nt, vf, vt) => {
        if (bytesAre(b, nf, nt, "numFmtId")) id = parseInt(decodeBytes(b, vf, vt), 10);
      });
      ids.push(id);
    }
  }
  const kinds = ids.map((id) => kindOfId(id, custom));
  const codes = ids.map((id) => codeOfId(id, custom));
  // A cell without `s` (-1) or with an index past the table shows General.
  return {
    kindOf: (style) => (style >= 0 && style < kinds.length ? (kinds[style] ?? "number") : "number"),
    formatOf: (style) => (style >= 0 ? codes[style] : undefined),
  };
}
