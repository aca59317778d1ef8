/**
 * Opening a workbook from its bytes, whoever produced it: the format is recognised by content, never
 * by the file's name, and everything that cannot be read is named plainly (a `files.` message key).
 * Pure and browser-safe: no Node imports.
 */
import { partWithDtd } from "./dtd";
import { DEFAULT_LIMITS, fileLimits, megabytes, type FileLimits } from "./limits";
import { workbookPart } from "./ooxml";
import { OoxmlPackage } from "./package";
import { ParsedWorkbook } from "./parsed";
import { fileProblem, type FileProblem } from "./problem";
import { quietly, READ_OPTIONS, sheetjs, type Container } from "./sheetjs";
import { scanOdsContent } from "./scan";
import { containerKind } from "./sniff";
import { ReadOnlyWorkbook } from "./workbook";
import { readZipDirectory, unpackEntry, type ZipDirectory } from "./zip";

export type OpenResult =
  | { readonly ok: true; readonly book: ReadOnlyWorkbook }
  | { readonly ok: false; readonly problem: FileProblem };

const ODS_TYPES = [
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.spreadsheet-template",
];
/** BIFF record of an .xls encrypted with a password. */
const FILEPASS = 0x002f;
const decoder = new TextDecoder("utf-8");

function refused(problem: FileProblem): OpenResult {
  return { ok: false, problem };
}

/**
 * Opens a workbook held in memory. `file` names it in messages (the path the user typed); `limits`
 * default to the contract's (CLI.md "Limits"). Sheets are not read yet: `listSheets` is cheap and
 * `readSheets` parses only the sheets asked for.
 */
export async function openWorkbook(
  bytes: Uint8Array,
  file: string,
  limits: Partial<FileLimits> = {},
): Promise<OpenResult> {
  const max = fileLimits(limits);
  if (bytes.length > max.fileBytes) {
    return refused(
      fileProblem("files.limit.file-size", file, {
        size: megabytes(bytes.length),
        limit: megabytes(max.fileBytes),
      }),
    );
  }
  switch (containerKind(bytes)) {
    case "empty":
      return refused(fileProblem("files.empty", file));
    case "text":
      return refused(fileProblem("files.text", file));
    case "other":
      return refused(fileProblem("files.not-spreadsheet", file));
    case "cfb":
      return openCompound(bytes, file, max);
    case "zip":
      return openZip(bytes, file, max);
  }
}

async function openZip(bytes: Uint8Array, file: string, limits: FileLimits): Promise<OpenResult> {
  const dir = readZipDirectory(bytes);
  if (!dir) return refused(fileProblem("files.damaged", file));
  if (dir.has("mimetype") || dir.has("content.xml")) return openOds(bytes, dir, file, limits);
  if (!dir.has("[content_types].xml")) return refused(fileProblem("files.not-spreadsheet", file));
  const rootRels = dir.get("_rels/.rels");
  const rels = rootRels ? await unpackEntry(bytes, rootRels) : undefined;
  if (typeof rels === "string") return refused(fileProblem("files.damaged", file));
  const part = workbookPart(rels ? decoder.decode(rels) : undefined, dir);
  // A Word document or another OOXML package that is not a spreadsheet.
  if (part === undefined || !/(^|\/)workbook\d*\.(xml|bin)$/i.test(part)) {
    return refused(fileProblem("files.not-spreadsheet", file));
  }
  // .xlsb keeps its sheets in binary parts, which the limits cannot look into.
  if (part.toLowerCase().endsWith(".bin"))
    return refused(fileProblem("files.unsupported", file, { format: "xlsb" }));
  // Before any part is parsed: a DTD (entities) is refused plainly, never expanded nor taken as text.
  const dtd = await partWithDtd(bytes, dir);
  if (dtd !== undefined) return refused(fileProblem("files.dtd", file, { part: dtd }));
  const pkg = await OoxmlPackage.open(bytes, dir, file, limits, part);
  if (!(pkg instanceof OoxmlPackage)) return refused(pkg);
  const types = dir.get("[content_types].xml");
  const typesXml = types ? await unpackEntry(bytes, types) : undefined;
  const macros = typesXml instanceof Uint8Array && decoder.decode(typesXml).includes("macroEnabled");
  return { ok: true, book: new ReadOnlyWorkbook(pkg, macros ? "xlsm" : "xlsx") };
}

async function openOds(
  bytes: Uint8Array,
  dir: ZipDirectory,
  file: string,
  limits: FileLimits,
): Promise<OpenResult> {
  const mimetype = dir.get("mimetype");
  const type = mimetype ? await unpackEntry(bytes, mimetype) : undefined;
  if (typeof type === "string") return refused(fileProblem("files.damaged", file));
  if (type && !ODS_TYPES.includes(decoder.decode(type).trim()))
    return refused(fileProblem("files.not-spreadsheet", file));
  const manifest = dir.get("meta-inf/manifest.xml");
  const manifestXml = manifest ? await unpackEntry(bytes, manifest) : undefined;
  if (manifestXml instanceof Uint8Array && decoder.decode(manifestXml).includes("encryption-data")) {
    return refused(fileProblem("files.password", file));
  }
  const content = dir.get("content.xml");
  if (!content) return refused(fileProblem("files.damaged", file));
  if (content.size > limits.sheetXmlBytes) {
    return refused(
      fileProblem("files.limit.sheet-xml", file, {
        size: megabytes(content.size),
        limit: megabytes(limits.sheetXmlBytes),
      }),
    );
  }
  const parts = new Map<string, Uint8Array>();
  for (const name of ["content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml", "mimetype"]) {
    const entry = dir.get(name.toLowerCase());
    if (!entry) continue;
    if (entry.size > Math.max(limits.sheetXmlBytes, DEFAULT_LIMITS.sheetXmlBytes)) {
      return refused(fileProblem("files.damaged", file));
    }
    const got = await unpackEntry(bytes, entry);
    if (typeof got === "string")
      return refused(fileProblem(got === "encrypted" ? "files.password" : "files.damaged", file));
    parts.set(entry.name, got);
  }
  const scan = scanOdsContent(parts.get(content.name) ?? new Uint8Array(), limits.cellChars);
  if (scan.cells > limits.cells) {
    return refused(fileProblem("files.limit.cells", file, { count: scan.cells, limit: limits.cells }));
  }
  const long = scan.tooLong[0];
  if (long) {
    return refused({
      ...fileProblem("files.limit.cell-length", file, {
        sheet: long.address.sheet,
        length: long.length,
        limit: limits.cellChars,
      }),
      address: long.address,
    });
  }
  const container = sheetjs.CFB.utils.cfb_new();
  for (const entry of dir.values()) {
    if (!entry.name.endsWith("/")) {
      sheetjs.CFB.utils.cfb_add(container, entry.name, parts.get(entry.name) ?? new Uint8Array(), {
        unsafe: true,
      });
    }
  }
  return parsed(() => sheetjs.parse_zip(container, READ_OPTIONS), file, limits, "ods");
}

/** An OLE compound file: a legacy .xls, an encrypted .xlsx (Excel wraps those in one), or neither. */
function openCompound(bytes: Uint8Array, file: string, limits: FileLimits): OpenResult {
  let cfb: Container;
  try {
    cfb = sheetjs.CFB.read(bytes, { type: "buffer" });
  } catch {
    return refused(fileProblem("files.damaged", file));
  }
  const find = (name: string): boolean => sheetjs.CFB.find(cfb, name) !== null;
  if (find("EncryptionInfo") || find("EncryptedPackage") || find("encryption")) {
    return refused(fileProblem("files.password", file));
  }
  const stream = sheetjs.CFB.find(cfb, "Workbook") ?? sheetjs.CFB.find(cfb, "Book");
  if (!stream?.content) return refused(fileProblem("files.not-spreadsheet", file));
  if (hasFilePass(Uint8Array.from(stream.content))) return refused(fileProblem("files.password", file));
  return parsed(() => sheetjs.parse_xlscfb(cfb, { ...READ_OPTIONS, type: "buffer" }), file, limits, "xls");
}

/** Whether the workbook stream's first records (the globals, where Excel puts it) include FILEPASS. */
function hasFilePass(stream: Uint8Array): boolean {
  let at = 0;
  for (let records = 0; records < 64 && at + 4 <= stream.length; records++) {
    const type = (stream[at] ?? 0) | ((stream[at + 1] ?? 0) << 8);
    const length = (stream[at + 2] ?? 0) | ((stream[at + 3] ?? 0) << 8);
    if (type === FILEPASS) return true;
    at += 4 + length;
  }
  return false;
}

function parsed(
  parse: () => ReturnType<typeof sheetjs.parse_zip>,
  file: string,
  limits: FileLimits,
  format: "xls" | "ods",
): OpenResult {
  let book;
  try {
    book = quietly(parse);
  } catch {
    return refused(fileProblem("files.damaged", file));
  }
  const read = ParsedWorkbook.from(book, file, limits);
  if (!(read instanceof ParsedWorkbook)) return refused(read);
  return { ok: true, book: new ReadOnlyWorkbook(read, format) };
}
