import type ExcelJS from "exceljs";
import type { InputCopy, ResultsBook } from "../../app/types";
import { RESULTS_KEYWORD } from "../../app/results";
import type { CellValue } from "../../workbook/port";
import { parseRelationships, relsPath, sheetParts } from "../files/ooxml";
import { readZipDirectory, unpackEntry } from "../files/zip";
import {
  PLATFORM_CODEC,
  zipDeflated,
  type ZipChunkedFile,
  type ZipCodec,
  type ZipFile,
} from "../files/zip-write";
import { dimensionRef, fillSheetPart, sheetDataChunks, withDateStyle } from "./copy-xml";
import { ExcelJsWorkbook } from "./workbook";

/** The tab colour of a copy (grey: a record, not a place to type). */
const COPY_TAB = "FF808080";
/** Excel refuses page headers longer than this. */
const HEADER_LIMIT = 255;
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

function shownLength(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value === "string") return value.length;
  if (typeof value === "number") return String(value).length;
  if (typeof value === "boolean") return 5;
  return "date" in value ? 10 : value.error.length;
}

/** A page header shows `&` codes; a literal ampersand is `&&`. Cut to Excel's limit. */
function headerText(note: string): string {
  let text = note.replace(/&/g, "&&");
  if (text.length > HEADER_LIMIT - 2) text = `${text.slice(0, HEADER_LIMIT - 3)}…`;
  return `&L${text}`;
}

/**
 * One input copy's sheet, without its values (see copy-xml.ts): marked as a copy without moving any
 * cell (a grey tab, a page header and a note on A1 saying where the values came from) and protected
 * without a password so nobody types into it by mistake.
 */
async function addCopySheet(book: ExcelJS.Workbook, copy: InputCopy): Promise<void> {
  const ws = book.addWorksheet(copy.sheet.name, {
    properties: { tabColor: { argb: COPY_TAB } },
    headerFooter: { oddHeader: headerText(copy.note) },
    // A record that prints: A4 landscape, one page wide, as many pages long as it needs.
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths: number[] = [];
  for (const row of copy.sheet.values) {
    row.forEach((value, j) => {
      if (value !== null) widths[j] = Math.max(widths[j] ?? 0, shownLength(value));
    });
  }
  widths.forEach((w, j) => {
    ws.getColumn(j + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
  });
  ws.getCell(1, 1).note = copy.note;
  await ws.protect("", { formatColumns: true, formatRows: true });
}

/** Every part of a stored zip, in order. */
async function unpackAll(bytes: Uint8Array): Promise<{ path: string; data: Uint8Array }[]> {
  const dir = readZipDirectory(bytes);
  if (!dir) throw new Error("ExcelJS wrote no zip");
  const parts: { path: string; data: Uint8Array }[] = [];
  for (const entry of dir.values()) {
    const data = await unpackEntry(bytes, entry);
    if (typeof data === "string") throw new Error(`ExcelJS wrote a ${data} part: ${entry.name}`);
    parts.push({ path: entry.name, data });
  }
  return parts;
}

/** The package path of each sheet part, by sheet name. */
function sheetPartsByName(parts: readonly { path: string; data: Uint8Array }[]): Map<string, string> {
  const text = (path: string): string => {
    const part = parts.find((p) => p.path.toLowerCase() === path.toLowerCase());
    if (!part) throw new Error(`ExcelJS wrote no ${path}`);
    return new TextDecoder().decode(part.data);
  };
  const workbook = "xl/workbook.xml";
  const rels = parseRelationships(text(relsPath(workbook)), workbook);
  const byName = new Map<string, string>();
  for (const sheet of sheetParts(text(workbook), rels)) if (sheet.part) byName.set(sheet.name, sheet.part);
  return byName;
}

/** ExcelJS's part of the results workbook, stored (its model is dropped as soon as this returns). */
async function storedPackage(results: ResultsBook): Promise<Uint8Array> {
  const book = ExcelJsWorkbook.create();
  await book.writeSheets(results.outputs);
  for (const copy of results.copies) await addCopySheet(book.workbook, copy);
  book.workbook.title = results.title;
  book.workbook.description = results.description;
  book.workbook.keywords = RESULTS_KEYWORD;
  book.workbook.creator = "GSZ Finance";
  return book.toBuffer({ stored: true });
}

/**
 * The results workbook of CLI.md `-o`, as the bytes of a new .xlsx: the output sheets first, then the
 * input copies in the order of the workbook read, and document properties that say what the file is
 * (the keyword RESULTS_KEYWORD lets a later `-o` recognise it as a results workbook it may replace).
 * ExcelJS writes the outputs and the copies' sheets (stored, uncompressed); the copies' values go
 * straight into their sheet parts; the package is then deflated as Excel writes it.
 */
export async function resultsWorkbookBytes(
  results: ResultsBook,
  codec: ZipCodec = PLATFORM_CODEC,
): Promise<Uint8Array> {
  const parts = await unpackAll(await storedPackage(results));
  const byName = sheetPartsByName(parts);
  const decoder = new TextDecoder();
  const stylesPart = parts.find((p) => p.path === "xl/styles.xml");
  if (!stylesPart) throw new Error("ExcelJS wrote no xl/styles.xml");
  const styles = withDateStyle(decoder.decode(stylesPart.data));
  stylesPart.data = new TextEncoder().encode(styles.xml);
  const entries: (ZipFile | ZipChunkedFile)[] = parts.map((part) => {
    const copy = results.copies.find((c) => byName.get(c.sheet.name) === part.path);
    if (!copy) return part;
    const values = copy.sheet.values;
    const data = sheetDataChunks(values, styles.index);
    return { path: part.path, chunks: fillSheetPart(decoder.decode(part.data), data, dimensionRef(values)) };
  });
  const missing = results.copies.find((c) => !parts.some((p) => p.path === byName.get(c.sheet.name)));
  if (missing) throw new Error(`no sheet part for the copy of ${missing.sheet.name}`);
  return zipDeflated(entries, codec);
}
