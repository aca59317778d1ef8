/**
 * A DTD or an entity declaration in any XML part of an .xlsx/.xlsm refuses the file when it is opened,
 * before any part is parsed (`files.dtd`, naming the part): Excel never writes one, and it is how
 * entity expansion (billion laughs) and external entities get into XML. Crafted packages: the example
 * package's parts, one of them given a document type declaration.
 */
import { openWorkbook } from "../../../src/adapters/files";
import { partWithDtd } from "../../../src/adapters/files/dtd";
import { readZipDirectory, unpackEntry } from "../../../src/adapters/files/zip";
import { LANGS, translate } from "../../../src/i18n";
import { xlsx, zip, type Part } from "./zip-builder";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const LAUGHS =
  '<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';

/** A readable package: one sheet whose A1 is a shared string. */
const PLAIN = xlsx({ Заявки: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }, "<si><t>№ заявки</t></si>");

/** The parts of a package, by name, as unpacked bytes. */
async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const dir = readZipDirectory(bytes);
  if (!dir) throw new Error("not a zip");
  const parts = new Map<string, Uint8Array>();
  for (const entry of dir.values()) {
    const got = await unpackEntry(bytes, entry);
    if (typeof got === "string") throw new Error(got);
    parts.set(entry.name, got);
  }
  return parts;
}

/** The plain package with one part's text changed (stored uncompressed when asked). */
async function crafted(
  part: string,
  change: (xml: string) => string | Uint8Array,
  stored = false,
): Promise<Uint8Array> {
  const parts: Part[] = [];
  for (const [name, data] of await partsOf(PLAIN)) {
    const text = new TextDecoder().decode(data);
    parts.push(name === part ? { name, data: change(text), stored } : { name, data });
  }
  return zip(parts);
}

async function refusal(bytes: Uint8Array): Promise<{ key: string; part: unknown } | "opened"> {
  const opened = await openWorkbook(bytes, "book.xlsx");
  return opened.ok ? "opened" : { key: opened.problem.key, part: opened.problem.params.part };
}

describe("a DTD in any XML part is refused before anything is read", () => {
  it("the plain package opens and reads its shared string (the base of these cases)", async () => {
    const opened = await openWorkbook(PLAIN, "book.xlsx");
    if (!opened.ok) throw new Error(opened.problem.key);
    const [sheet] = await opened.book.readSheets(["Заявки"]);
    expect(sheet?.values).toEqual([["№ заявки"]]);
  });

  it.each([
    ["a DOCTYPE in a sheet", "xl/worksheets/sheet1.xml", (x: string) => `${DECL}<!DOCTYPE worksheet>${x}`],
    [
      "entities in sharedStrings (billion laughs), used in a string",
      "xl/sharedStrings.xml",
      (x: string) => `${DECL}${LAUGHS}${x.replace("№ заявки", "&lol9;")}`,
    ],
    [
      "an external DTD in workbook.xml",
      "xl/workbook.xml",
      (x: string) => `${DECL}<!DOCTYPE workbook SYSTEM "http://example.com/w.dtd">${x}`,
    ],
    ["a DOCTYPE in a relationships part", "xl/_rels/workbook.xml.rels", (x: string) => `<!DOCTYPE r>${x}`],
    [
      "a DOCTYPE in [Content_Types].xml after a comment",
      "[Content_Types].xml",
      (x: string) =>
        `${DECL}<!-- made by hand <a> -->\n<!DOCTYPE Types [<!ENTITY e SYSTEM "file:///etc/passwd">]>${x}`,
    ],
    ["a lowercase doctype", "xl/worksheets/sheet1.xml", (x: string) => `<!doctype worksheet>${x}`],
  ])("%s", async (_, part, change) => {
    expect(await refusal(await crafted(part, change))).toEqual({ key: "files.dtd", part });
  });

  it("a stored (uncompressed) part and a UTF-16 part are looked at too", async () => {
    const stored = await crafted("xl/worksheets/sheet1.xml", (x) => `<!DOCTYPE w>${x}`, true);
    expect(await refusal(stored)).toEqual({ key: "files.dtd", part: "xl/worksheets/sheet1.xml" });
    const utf16 = await crafted("xl/workbook.xml", (x) =>
      Buffer.from(`\ufeff<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE workbook>${x}`, "utf16le"),
    );
    expect(await refusal(utf16)).toEqual({ key: "files.dtd", part: "xl/workbook.xml" });
  });

  it("a comment or a processing instruction before the root is no DTD", async () => {
    const bytes = await crafted(
      "xl/worksheets/sheet1.xml",
      (x) => `${DECL}<?pi data?><!-- <!DOCTYPE no> -->${x}`,
    );
    expect(await refusal(bytes)).toBe("opened");
    const dir = readZipDirectory(PLAIN);
    expect(dir && (await partWithDtd(PLAIN, dir))).toBeUndefined();
  });

  it("the message says what is wrong in every language, naming the file and the part", () => {
    for (const lang of LANGS) {
      const text = translate(lang, "files.dtd", { file: "book.xlsx", part: "xl/sharedStrings.xml" });
      expect(text).toContain("book.xlsx");
      expect(text).toContain("xl/sharedStrings.xml");
      expect(text).toContain("DTD");
      expect(text).toContain("Excel");
    }
    expect(translate("en", "files.dtd", { file: "f", part: "p" })).toContain("which Excel never writes");
  });
});
