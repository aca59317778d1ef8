/**
 * The styles part of a streamed workbook, built while its sheets are written: each distinct cell look
 * (number format, font, fill, alignment, quote prefix) gets one `cellXfs` index the first time a cell
 * asks for it, and the part is serialized after the last sheet.
 */
import { escapeXml } from "../../workbook/xml";

/** Excel's built-in number formats that need no `<numFmt>` (ECMA-376 18.8.30). */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** The built-in short date: Excel shows it in the reader's own date order (dd.mm.yyyy in Russian Excel). */
export const SHORT_DATE = 14;

export type FontKind = "title" | "subtitle" | "warning";

/** One cell look. Absent fields are Excel's defaults. */
export interface CellLook {
  /** A format code, or the id of a built-in format. */
  readonly numFmt?: string | number;
  readonly font?: FontKind;
  /** The warning tint of a highlighted cell. */
  readonly warning?: boolean;
  readonly wrap?: boolean;
  readonly top?: boolean;
  /** Text that would be read as a formula (`=`, `+`, `-`, `@`…) is kept as text when edited. */
  readonly quote?: boolean;
}

const FONTS: Readonly<Record<FontKind, string>> = {
  title:
    '<font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  subtitle:
    '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  warning:
    '<font><sz val="11"/><color rgb="FF9C0006"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
};
const FONT_IDS: Readonly<Record<FontKind, number>> = { title: 1, subtitle: 2, warning: 3 };
const WARNING_FILL = "FFFFC7CE";

export class StyleSheet {
  private readonly formats = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly index = new Map<string, number>([["", 0]]);

  /** The `s` of a cell with this look (0: the default look). */
  style(look: CellLook): number {
    const key = `${look.numFmt ?? ""}|${look.font ?? ""}|${look.warning ? 1 : 0}|${look.wrap ? 1 : 0}|${look.top ? 1 : 0}|${look.quote ? 1 : 0}`;
    const known = this.index.get(key === "||0|0|0|0" ? "" : key);
    if (known !== undefined) return known;
    const id = this.xfs.length;
    this.xfs.push(this.xfXml(look));
    this.index.set(key, id);
    return id;
  }

  private numFmtId(code: string | number | undefined): number {
    if (code === undefined) return 0;
    if (typeof code === "number") return code;
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  private xfXml(look: CellLook): string {
    const numFmt = this.numFmtId(look.numFmt);
    const font = look.font ? FONT_IDS[look.font] : 0;
    const fill = look.warning ? 2 : 0;
    let attrs = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"`;
    if (numFmt !== 0) attrs += ' applyNumberFormat="1"';
    if (font !== 0) attrs += ' applyFont="1"';
    if (fill !== 0) attrs += ' applyFill="1"';
    if (look.quote) attrs += ' quotePrefix="1"';
    if (look.wrap || look.top) {
      const wrap = look.wrap ? ' wrapText="1"' : "";
      const top = look.top ? ' vertical="top"' : "";
      return `<xf ${attrs} applyAlignment="1"><alignment${top}${wrap}/></xf>`;
    }
    return `<xf ${attrs}/>`;
  }

  /** `xl/styles.xml` with every look asked for so far. */
  xml(): string {
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    const numFmts =
      formats.length > 0 ? `<numFmts count="${formats.length}">${formats.join("")}</numFmts>` : "";
    const base =
      '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      numFmts +
      `<fonts count="4">${base}${FONTS.title}${FONTS.subtitle}${FONTS.warning}</fonts>` +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      `<fill><patternFill patternType="solid"><fgColor rgb="${WARNING_FILL}"/><bgColor indexed="64"/></patternFill></fill></fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}

/** Text that Excel would take for a formula or a command if typed again: shown with the quote prefix. */
export function needsQuotePrefix(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
