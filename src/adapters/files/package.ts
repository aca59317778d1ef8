/**
 * Reading the requested sheets of an OOXML package (.xlsx, .xlsm): the limits are checked on the
 * central directory's sizes before anything is unpacked, then in the one pass that reads each sheet
 * part's bytes into values (sheet-xml.ts): cells, long text, formulas never calculated. SheetJS is
 * kept for the rare workbook holding cells that pass does not convert.
 */
import type { WorkBook } from "@e965/xlsx";
import type { CellAddress, MessageParams } from "../../core/model";
import type { SheetValues, TableExtent } from "../../workbook/port";
import { sheetNumberFormats, sheetValues } from "./cells";
import type { FileLimits } from "./limits";
import { DEFAULT_LIMITS, megabytes } from "./limits";
import {
  parseRelationships,
  parseTable,
  relsPath,
  relType,
  sheetParts,
  uses1904,
  type Relationship,
  type SheetPart,
} from "./ooxml";
import { fileProblem, type FileProblem } from "./problem";
import { quietly, READ_OPTIONS, sheetjs } from "./sheetjs";
import { parseSharedStrings } from "./shared-strings";
import { readSheetXml } from "./sheet-xml";
import { parseNumberStyles } from "./styles";
import { unpackEntry, type ZipDirectory, type ZipEntry } from "./zip";

export type SheetsRead =
  | { readonly ok: true; readonly sheets: readonly SheetValues[] }
  | { readonly ok: false; readonly problems: readonly FileProblem[] };

/** Parts of the workbook level that SheetJS reads besides the sheets. */
const WORKBOOK_LEVEL = new Set(["styles", "sharedStrings", "sheetMetadata"]);
/** The relationships and table parts are tiny; anything bigger is not read. */
const SMALL_PART = 4 * 1024 * 1024;
const decoder = new TextDecoder("utf-8");

function cellProblem(
  key: string,
  file: string,
  address: CellAddress,
  params: MessageParams = {},
): FileProblem {
  return { ...fileProblem(key, file, { sheet: address.sheet, ...params }), address };
}

export class OoxmlPackage {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly dir: ZipDirectory,
    private readonly file: string,
    private readonly limits: FileLimits,
    private readonly workbookPart: string,
    private readonly workbookXml: Uint8Array,
    private readonly rels: readonly Relationship[],
    readonly sheets: readonly SheetPart[],
  ) {}

  /** The package's workbook structure, or a problem (damaged, too big a workbook part). */
  static async open(
    bytes: Uint8Array,
    dir: ZipDirectory,
    file: string,
    limits: FileLimits,
    workbookPart: string,
  ): Promise<OoxmlPackage | FileProblem> {
    const unpack = (name: string): Promise<Uint8Array | FileProblem> =>
      unpackPart(bytes, dir, file, name, limits);
    const workbookXml = await unpack(workbookPart);
    if (!(workbookXml instanceof Uint8Array)) return workbookXml;
    const relsName = relsPath(workbookPart);
    const relsXml = dir.has(relsName.toLowerCase()) ? await unpack(relsName) : new Uint8Array();
    if (!(relsXml instanceof Uint8Array)) return relsXml;
    const rels = parseRelationships(decoder.decode(relsXml), workbookPart);
    const sheets = sheetParts(decoder.decode(workbookXml), rels);
    return new OoxmlPackage(bytes, dir, file, limits, workbookPart, workbookXml, rels, sheets);
  }

  /** The worksheets' names in tab order (chart sheets hold no cells and are left out). */
  sheetNames(): string[] {
    return this.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
  }

  private entry(part: string): ZipEntry | undefined {
    return this.dir.get(part.toLowerCase());
  }

  /**
   * The named sheets (in the order asked). `via: "sheetjs"` converts the values through SheetJS
   * instead of the byte reader (the limits are still the byte reader's pass): for tests and the
   * bench, which compare the two.
   */
  async read(names: readonly string[], via: "bytes" | "sheetjs" = "bytes"): Promise<SheetsRead> {
    // In the order asked, as the ExcelJS adapter answers.
    const wanted = names
      .map((name) => this.sheets.find((s) => s.kind === "worksheet" && s.name === name))
      .filter((s): s is SheetPart => s !== undefined);
    const file = this.file;
    const sheetEntries: { sheet: SheetPart; entry: ZipEntry }[] = [];
    for (const sheet of wanted) {
      const entry = sheet.part === undefined ? undefined : this.entry(sheet.part);
      if (!entry) return { ok: false, problems: [fileProblem("files.damaged", file)] };
      sheetEntries.push({ sheet, entry });
    }
    const level = this.rels.filter(
      (r) => !r.external && WORKBOOK_LEVEL.has(relType(r)) && this.entry(r.target),
    );
    const sharedRel = level.find((r) => relType(r) === "sharedStrings");
    const sharedEntry = sharedRel ? this.entry(sharedRel.target) : undefined;
    // The limit on the unpacked XML, from the sizes the directory declares, before unpacking anything.
    const declared = sheetEntries.reduce((sum, s) => sum + s.entry.size, sharedEntry?.size ?? 0);
    if (declared > this.limits.sheetXmlBytes) {
      return {
        ok: false,
        problems: [
          fileProblem("files.limit.sheet-xml", file, {
            size: megabytes(declared),
            limit: megabytes(this.limits.sheetXmlBytes),
          }),
        ],
      };
    }
    // Each workbook-level part is parsed as soon as it is unpacked; its bytes are not kept.
    const shared = await this.parsePart(sharedEntry?.name, parseSharedStrings);
    if (isProblem(shared)) return { ok: false, problems: [shared] };
    const styles = level.find((r) => relType(r) === "styles");
    const numberStyles = await this.parsePart(
      styles ? this.entry(styles.target)?.name : undefined,
      parseNumberStyles,
    );
    if (isProblem(numberStyles)) return { ok: false, problems: [numberStyles] };
    const date1904 = uses1904(decoder.decode(this.workbookXml));

    // One pass over each sheet part: the limits and the values together; each part's bytes are let go
    // as soon as its sheet is read. Values stop being built at the first problem.
    const problems: FileProblem[] = [];
    const sheets: SheetValues[] = [];
    let cells = 0;
    let unsupported = false;
    for (const { sheet, entry } of sheetEntries) {
      const got = await unpackPart(this.bytes, this.dir, file, entry.name, this.limits);
      if (!(got instanceof Uint8Array)) return { ok: false, problems: [got] };
      const read = readSheetXml(got, {
        sheet: sheet.name,
        maxChars: this.limits.cellChars,
        shared: shared ?? [],
        styles: numberStyles ?? parseNumberStyles(undefined),
        date1904,
        cellBudget: this.limits.cells - cells,
        values: via === "bytes" && problems.length === 0 && !unsupported,
      });
      cells += read.cells;
      unsupported ||= read.unsupported;
      for (const { address, length } of read.tooLong) {
        problems.push(
          cellProblem("files.limit.cell-length", file, address, { length, limit: this.limits.cellChars }),
        );
      }
      for (const address of read.uncalculated)
        problems.push(cellProblem("files.formula.uncalculated", file, address));
      if (read.values && problems.length === 0 && !unsupported) {
        const tables = await this.tables(sheet);
        sheets.push({
          name: sheet.name,
          values: read.values,
          ...(tables.length > 0 ? { tables } : {}),
          ...(read.numberFormats.size > 0 ? { numberFormats: read.numberFormats } : {}),
        });
      }
    }
    if (cells > this.limits.cells) {
      problems.unshift(fileProblem("files.limit.cells", file, { count: cells, limit: this.limits.cells }));
    }
    if (problems.length > 0) return { ok: false, problems };
    if (unsupported || via === "sheetjs") return this.readWithSheetJs(sheetEntries, level, date1904);
    return { ok: true, sheets };
  }

  /**
   * The sheets through SheetJS, for a workbook holding cells the byte reader does not convert (ISO
   * date cells, a shared string the table lacks): the limits were checked by the byte reader's pass.
   */
  private async readWithSheetJs(
    sheetEntries: readonly { sheet: SheetPart; entry: ZipEntry }[],
    level: readonly Relationship[],
    date1904: boolean,
  ): Promise<SheetsRead> {
    const file = this.file;
    const contents = new Map<string, Uint8Array>();
    const names = [
      "[Content_Types].xml",
      "_rels/.rels",
      relsPath(this.workbookPart),
      ...level.map((r) => r.target),
      ...sheetEntries.map((s) => s.entry.name),
    ];
    for (const name of names) {
      const entry = this.entry(name);
      if (!entry) continue;
      const got = await unpackPart(this.bytes, this.dir, file, entry.name, this.limits);
      if (!(got instanceof Uint8Array)) return { ok: false, problems: [got] };
      contents.set(entry.name, got);
    }
    contents.set(this.entry(this.workbookPart)?.name ?? this.workbookPart, this.workbookXml);
    const book = this.parse(
      contents,
      sheetEntries.map((s) => s.sheet),
    );
    // The unpacked XML is no longer needed: let it go before the values are built.
    contents.clear();
    if (!book) return { ok: false, problems: [fileProblem("files.damaged", file)] };
    const sheets: SheetValues[] = [];
    for (const { sheet } of sheetEntries) {
      const ws = book.Sheets[sheet.name];
      // SheetJS drops a sheet it cannot parse; a sheet the package has but that does not parse is damage.
      if (!ws) return { ok: false, problems: [fileProblem("files.damaged", file)] };
      const values = sheetValues(ws, date1904);
      const numberFormats = sheetNumberFormats(ws);
      // Each parsed sheet is dropped once converted, so that the peak holds one sheet twice at most.
      Reflect.deleteProperty(book.Sheets, sheet.name);
      const tables = await this.tables(sheet);
      sheets.push({
        name: sheet.name,
        values,
        ...(tables.length > 0 ? { tables } : {}),
        ...(numberFormats.size > 0 ? { numberFormats } : {}),
      });
    }
    return { ok: true, sheets };
  }

  /** SheetJS over a package holding only the parts read (every other part is present but empty). */
  private parse(
    contents: ReadonlyMap<string, Uint8Array>,
    wanted: readonly SheetPart[],
  ): WorkBook | undefined {
    const container = sheetjs.CFB.utils.cfb_new();
    for (const entry of this.dir.values()) {
      if (entry.name.endsWith("/")) continue;
      sheetjs.CFB.utils.cfb_add(container, entry.name, contents.get(entry.name) ?? new Uint8Array(), {
        unsafe: true,
      });
    }
    try {
      return quietly(() =>
        sheetjs.parse_zip(container, { ...READ_OPTIONS, sheets: wanted.map((s) => s.name) }),
      );
    } catch {
      return undefined;
    }
  }

  /** A part unpacked and parsed at once (undefined when the package has none), or why not. */
  private async parsePart<T>(
    name: string | undefined,
    parse: (bytes: Uint8Array) => T,
  ): Promise<T | FileProblem | undefined> {
    if (name === undefined) return undefined;
    const got = await unpackPart(this.bytes, this.dir, this.file, name, this.limits);
    return got instanceof Uint8Array ? parse(got) : got;
  }

  /** The Excel tables of a sheet, from its relationships; a part that cannot be read is left out. */
  private async tables(sheet: SheetPart): Promise<TableExtent[]> {
    if (sheet.part === undefined) return [];
    const rels = await this.small(relsPath(sheet.part));
    if (!rels) return [];
    const tables: TableExtent[] = [];
    for (const rel of parseRelationships(decoder.decode(rels), sheet.part)) {
      if (rel.external || relType(rel) !== "table") continue;
      const xml = await this.small(rel.target);
      const table = xml ? parseTable(decoder.decode(xml)) : undefined;
      if (table) tables.push(table);
    }
    return tables;
  }

  private async small(part: string): Promise<Uint8Array | undefined> {
    const entry = this.entry(part);
    if (!entry || entry.size > SMALL_PART) return undefined;
    const got = await unpackEntry(this.bytes, entry);
    return got instanceof Uint8Array ? got : undefined;
  }
}

function isProblem(value: unknown): value is FileProblem {
  return typeof value === "object" && value !== null && "key" in value && "params" in value;
}

/** A part unpacked, or why not: damaged, encrypted, or larger than any sheet XML may be. */
async function unpackPart(
  bytes: Uint8Array,
  dir: ZipDirectory,
  file: string,
  name: string,
  limits: FileLimits,
): Promise<Uint8Array | FileProblem> {
  const entry = dir.get(name.toLowerCase());
  if (!entry) return fileProblem("files.damaged", file);
  // The sheets and shared strings were summed against the limit already; this caps every other part
  // (styles, the workbook part) so that no part is unpacked beyond the limit's default.
  const cap = Math.max(limits.sheetXmlBytes, DEFAULT_LIMITS.sheetXmlBytes);
  if (entry.size > cap) {
    return fileProblem("files.limit.sheet-xml", file, { size: megabytes(entry.size), limit: megabytes(cap) });
  }
  const got = await unpackEntry(bytes, entry);
  if (got === "encrypted") return fileProblem("files.password", file);
  if (got === "damaged") return fileProblem("files.damaged", file);
  return got;
}
