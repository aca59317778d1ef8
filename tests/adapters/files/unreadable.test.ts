/**
 * Everything that cannot be read is named plainly, by content and never by the file's name: each
 * case gives its `files.` key, and the message exists in all three languages, names the file and
 * carries no raw library or system text.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { openWorkbook } from "../../../src/adapters/files";
import { sheetjs } from "../../../src/adapters/files/sheetjs";
import { translate, LANGS } from "../../../src/i18n";
import { xlsx, zip } from "./zip-builder";

const FIXTURES = path.join(__dirname, "../../fixtures/files");
const fixture = (name: string): Uint8Array => readFileSync(path.join(FIXTURES, name));

/** The problem found on opening the file, or else on reading all its sheets. */
async function problemOf(bytes: Uint8Array, file = "book.xlsx"): Promise<string> {
  const opened = await openWorkbook(bytes, file);
  if (!opened.ok) return opened.problem.key;
  const read = await opened.book.read(await opened.book.listSheets());
  return read.ok ? "read" : (read.problems[0]?.key ?? "none");
}

/** An OLE compound file with the given streams (what Excel writes for a workbook with a password). */
function compound(streams: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const cfb = sheetjs.CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) sheetjs.CFB.utils.cfb_add(cfb, name, content);
  const write = (sheetjs.CFB as unknown as { write(c: object, o: { type: "buffer" }): Uint8Array }).write;
  return new Uint8Array(write(cfb, { type: "buffer" }));
}

const cp1251Csv = Buffer.from([
  // "Заявка;Грант\r\nA-01;1000\r\n" in Windows-1251
  0xc7, 0xe0, 0xff, 0xe2, 0xea, 0xe0, 0x3b, 0xc3, 0xf0, 0xe0, 0xed, 0xf2, 0x0d, 0x0a, 0x41, 0x2d, 0x30, 0x31,
  0x3b, 0x31, 0x30, 0x30, 0x30, 0x0d, 0x0a,
]);

describe("files that are not readable workbooks", () => {
  test.each([
    ["a CSV export saved under a workbook's name", () => fixture("csv-named.xlsx"), "files.text"],
    ["a CSV in Windows-1251", () => cp1251Csv, "files.text"],
    ["a UTF-16 text with a byte-order mark", () => Buffer.from("\ufeffa\tb\r\n", "utf16le"), "files.text"],
    [
      "an HTML table saved as .xls",
      () => Buffer.from("<html><table><tr><td>1</td></tr></table></html>"),
      "files.text",
    ],
    ["a picture renamed .xlsx", () => fixture("picture.xlsx"), "files.not-spreadsheet"],
    ["an empty file", () => new Uint8Array(), "files.empty"],
    ["a download cut short (truncated zip)", () => fixture("truncated.xlsx"), "files.damaged"],
    ["an .xls saved with a password by LibreOffice", () => fixture("password.xls"), "files.password"],
    [
      "an encrypted .xlsx (an OLE file with EncryptionInfo and EncryptedPackage)",
      () => compound({ EncryptionInfo: new Uint8Array(64), EncryptedPackage: new Uint8Array(64) }),
      "files.password",
    ],
    [
      "an OLE file that is not a workbook (a Word 97 document)",
      () => compound({ WordDocument: new Uint8Array(600) }),
      "files.not-spreadsheet",
    ],
    [
      "an OLE signature followed by garbage",
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]),
      "files.damaged",
    ],
    [
      "a Word document (.docx is a zip too)",
      () =>
        zip([
          { name: "[Content_Types].xml", data: "<Types/>" },
          {
            name: "_rels/.rels",
            data: '<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
          },
          { name: "word/document.xml", data: "<document/>" },
        ]),
      "files.not-spreadsheet",
    ],
    ["a zip of something else", () => zip([{ name: "notes.txt", data: "hello" }]), "files.not-spreadsheet"],
    [
      "an OpenDocument text (.odt)",
      () =>
        zip([
          { name: "mimetype", data: "application/vnd.oasis.opendocument.text", stored: true },
          { name: "content.xml", data: "<office:document-content/>" },
        ]),
      "files.not-spreadsheet",
    ],
    [
      "an .ods saved with a password",
      () =>
        zip([
          { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", stored: true },
          { name: "content.xml", data: "encrypted bytes" },
          {
            name: "META-INF/manifest.xml",
            data: '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>',
          },
        ]),
      "files.password",
    ],
    [
      "an .xlsb (binary parts the limits cannot look into)",
      () =>
        zip([
          { name: "[Content_Types].xml", data: "<Types/>" },
          { name: "xl/workbook.bin", data: new Uint8Array(8) },
        ]),
      "files.unsupported",
    ],
    [
      "a part that unpacks to more than it declares",
      () => xlsx({ Лист1: '<row r="1"><c r="A1"><v>1</v></c></row>' }, undefined, { sheetSize: 10 }),
      "files.damaged",
    ],
  ])("%s", async (_, bytes, key) => {
    expect(await problemOf(bytes())).toBe(key);
  });

  test("a damaged sheet part is damage, not a missing sheet", async () => {
    const bytes = zip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      {
        name: "xl/workbook.xml",
        data: '<workbook><sheets><sheet name="Лист1" r:id="rId1"/></sheets></workbook>',
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        data: '<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      },
    ]);
    const opened = await openWorkbook(bytes, "book.xlsx");
    if (!opened.ok) throw new Error(opened.problem.key);
    expect(await opened.book.listSheets()).toEqual(["Лист1"]);
    const read = await opened.book.read(["Лист1"]);
    expect(read.ok ? "read" : read.problems.map((p) => p.key)).toEqual(["files.damaged"]);
  });

  test("a formula never calculated (openpyxl) is named at its cell, and readSheets refuses", async () => {
    const opened = await openWorkbook(fixture("openpyxl-uncalculated.xlsx"), "scores.xlsx");
    if (!opened.ok) throw new Error(opened.problem.key);
    const read = await opened.book.read(["Оценки"]);
    expect(read).toEqual({
      ok: false,
      problems: [
        {
          key: "files.formula.uncalculated",
          params: { file: "scores.xlsx", sheet: "Оценки" },
          address: { sheet: "Оценки", row: 3, col: 2 },
        },
      ],
    });
    await expect(opened.book.readSheets(["Оценки"])).rejects.toMatchObject({
      problems: [expect.objectContaining({ key: "files.formula.uncalculated" })],
    });
  });

  test("an empty string a formula calculated is a value, not an uncalculated formula", async () => {
    const bytes = xlsx({
      Лист1: '<row r="1"><c r="A1" t="str"><f>""</f><v></v></c><c r="B1"><f>1+1</f><v>2</v></c></row>',
    });
    const opened = await openWorkbook(bytes, "book.xlsx");
    if (!opened.ok) throw new Error(opened.problem.key);
    expect(await opened.book.readSheets(["Лист1"])).toEqual([{ name: "Лист1", values: [["", 2]] }]);
  });
});

describe("the messages", () => {
  const KEYS = [
    "files.missing",
    "files.folder",
    "files.not-regular",
    "files.busy",
    "files.unreadable",
    "files.empty",
    "files.text",
    "files.not-spreadsheet",
    "files.unsupported",
    "files.damaged",
    "files.password",
    "files.limit.file-size",
    "files.limit.sheet-xml",
    "files.limit.cells",
    "files.locked",
  ];
  const params = {
    file: "Конкурс 2019.xlsx",
    format: "xlsb",
    size: "51.2",
    limit: "50",
    count: 6000000,
    lock: "~$нкурс 2019.xlsx",
    code: "EIO",
  };

  test.each(LANGS)("every file message in %s names the file and has no placeholder left", (lang) => {
    for (const key of KEYS) {
      const text = translate(lang, key, params);
      expect(text).not.toBe(key);
      expect(text).toContain("Конкурс 2019.xlsx");
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toMatch(/Cannot read|undefined|jszip|ENOENT|EBUSY/);
    }
  });

  test.each(LANGS)("the cell messages in %s are plain text after the cell address", (lang) => {
    for (const key of ["files.formula.uncalculated", "files.limit.cell-length"]) {
      const text = translate(lang, key, { length: 40000, limit: 32767 });
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(translate(lang, "files.formula.uncalculated")).toMatch(/Excel.*LibreOffice/);
  });

  test("Kyrgyz and English texts are translations, not copies of the Russian", () => {
    for (const key of KEYS) {
      expect(translate("ky", key, params)).not.toBe(translate("ru", key, params));
      expect(translate("en", key, params)).not.toBe(translate("ru", key, params));
    }
  });
});
