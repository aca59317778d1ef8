/**
 * The cells of the results workbook's input copies, written straight as sheet XML. The copies hold most
 * of the cells of a results workbook (Оценки of 2 000 applications × 15 members is 30 000 rows), and
 * building them cell by cell in ExcelJS's model took most of a run's time and memory. ExcelJS still
 * writes everything else about a copy (tab colour, page header, the note on A1, protection, widths);
 * these functions put the values into its sheet part and the date style into its styles part.
 */
import { columnLetters } from "../../workbook/a1";
import type { CellValue } from "../../workbook/port";
import { escapeXml } from "../../workbook/xml";

function cellXml(ref: string, value: Exclude<CellValue, null>, dateStyle: number): string {
  if (typeof value === "string") {
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  }
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? `<c r="${ref}"><v>${String(value)}</v></c>`
      : `<c r="${ref}" t="e"><v>#NUM!</v></c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if ("date" in value) return `<c r="${ref}" s="${dateStyle}"><v>${String(value.date)}</v></c>`;
  return `<c r="${ref}" t="e"><v>${escapeXml(value.error)}</v></c>`;
}

/** Rows per encoded piece: large enough to be cheap, small enough that no piece is a large string. */
const ROWS_PER_CHUNK = 2000;

/**
 * The `<sheetData>` of a sheet holding exactly these values from A1 (empty cells left out), as UTF-8
 * pieces of ROWS_PER_CHUNK rows, made when asked for: a copy of 200 000 rows is never one string, nor
 * all its pieces at once.
 */
export function* sheetDataChunks(
  values: readonly (readonly CellValue[])[],
  dateStyle: number,
): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  const letters: string[] = [];
  const letter = (col: number): string => (letters[col] ??= columnLetters(col + 1));
  yield encoder.encode("<sheetData>");
  for (let first = 0; first < values.length; first += ROWS_PER_CHUNK) {
    let xml = "";
    for (let i = first; i < Math.min(values.length, first + ROWS_PER_CHUNK); i += 1) {
      let cells = "";
      (values[i] ?? []).forEach((value, j) => {
        if (value !== null) cells += cellXml(`${letter(j)}${i + 1}`, value, dateStyle);
      });
      if (cells !== "") xml += `<row r="${i + 1}">${cells}</row>`;
    }
    yield encoder.encode(xml);
  }
  yield encoder.encode("</sheetData>");
}

/** The used range of the values, as a `<dimension ref>` (A1 for an empty sheet). */
export function dimensionRef(values: readonly (readonly CellValue[])[]): string {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  if (values.length === 0 || width === 0) return "A1";
  return `A1:${columnLetters(width)}${values.length}`;
}

/**
 * A copy's sheet part as pieces: the part ExcelJS wrote (small: its values are what is put in) with
 * its dimension set and its sheet data replaced by `data`.
 */
export function fillSheetPart(
  sheetXml: string,
  data: Iterable<Uint8Array>,
  dimension: string,
): Iterable<Uint8Array> {
  const encoder = new TextEncoder();
  const sized = sheetXml.replace(/<dimension ref="[^"]*"\s*\/>/, () => `<dimension ref="${dimension}"/>`);
  const empty = /<sheetData\s*\/>/.exec(sized);
  let before: string;
  let after: string;
  if (empty) {
    before = sized.slice(0, empty.index);
    after = sized.slice(empty.index + empty[0].length);
  } else {
    const start = sized.indexOf("<sheetData>");
    const end = sized.indexOf("</sheetData>", start);
    if (start < 0 || end < 0) throw new Error("the copy's sheet part has no sheetData");
    before = sized.slice(0, start);
    after = sized.slice(end + "</sheetData>".length);
  }
  return (function* pieces(): Generator<Uint8Array> {
    yield encoder.encode(before);
    yield* data;
    yield encoder.encode(after);
  })();
}

/**
 * The styles part with one more cell format: the built-in short date (number format 14, which Excel
 * shows in the reader's own date order, dd.mm.yyyy in Russian Excel); and that format's index.
 */
export function withDateStyle(stylesXml: string): { readonly xml: string; readonly index: number } {
  const match = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (!match) throw new Error("the styles part has no cellXfs");
  const count = Number(match[1]);
  const xf = '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';
  const xml = stylesXml.replace(match[0], `<cellXfs count="${count + 1}">${match[2] ?? ""}${xf}</cellXfs>`);
  return { xml, index: count };
}
