/** The byte scan that runs before SheetJS: what it counts and finds, on XML as producers write it. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { scanOdsContent, scanSharedStrings, scanSheet } from "../../../src/adapters/files/scan";

const bytes = (xml: string): Uint8Array => new TextEncoder().encode(xml);
const sheet = (inner: string): Uint8Array =>
  bytes(`<?xml version="1.0"?><worksheet><sheetData>${inner}</sheetData></worksheet>`);

describe("scanSheet", () => {
  test("counts cells, with or without references, with namespace prefixes", () => {
    const scan = scanSheet(
      bytes(
        '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>',
      ),
      "Лист",
      100,
      new Map(),
    );
    expect(scan.cells).toBe(2);
  });

  test("finds formulas without a cached value, wherever the cell is, and only those", () => {
    const scan = scanSheet(
      sheet(
        '<row r="2"><c r="A2"><f>1+1</f></c><c r="B2"><f>1+1</f><v/></c><c r="C2"><f>1+1</f><v>2</v></c>' +
          '<c r="D2" t="str"><f>""</f><v></v></c><c r="E2" t="s"><v>0</v></c></row>' +
          '<row><c><f t="shared" si="0"/></c></row>',
      ),
      "Оценки",
      100,
      new Map(),
    );
    expect(scan.uncalculated).toEqual([
      { sheet: "Оценки", row: 2, col: 1 },
      { sheet: "Оценки", row: 2, col: 2 },
      { sheet: "Оценки", row: 3, col: 1 },
    ]);
  });

  test("a `>` inside an attribute value or a comment does not cut a tag", () => {
    const scan = scanSheet(
      sheet('<!-- <c r="Z9"> --><row r="1" x:note="a>b"><c r="A1"><f>IF(B1&gt;0,1,0)</f><v>1</v></c></row>'),
      "Лист",
      100,
      new Map(),
    );
    expect(scan).toEqual({ cells: 1, uncalculated: [], tooLong: [] });
  });

  test("CDATA text counts towards a cell's length", () => {
    const scan = scanSheet(
      sheet(`<row r="1"><c r="B1" t="inlineStr"><is><t><![CDATA[${"q".repeat(12)}]]></t></is></c></row>`),
      "Лист",
      10,
      new Map(),
    );
    expect(scan.tooLong).toEqual([{ address: { sheet: "Лист", row: 1, col: 2 }, length: 12 }]);
  });
});

describe("scanSharedStrings", () => {
  test("measures each item in characters, runs added up, phonetic runs left out", () => {
    const sst = bytes(
      `<sst><si><t>short</t></si><si><r><t>${"a".repeat(6)}</t></r><r><t>${"b".repeat(6)}</t></r></si>` +
        `<si><t>${"я".repeat(10)}</t><rPh><t>${"ふ".repeat(20)}</t></rPh></si><si/><si><t>${"&lt;".repeat(11)}</t></si></sst>`,
    );
    expect([...scanSharedStrings(sst, 10)]).toEqual([
      [1, 12],
      [4, 11],
    ]);
  });
});

describe("scanOdsContent", () => {
  test("counts repeated cells with values as many cells, and names a long cell", () => {
    const content = bytes(
      '<office:spreadsheet><table:table table:name="Заявки">' +
        '<table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="4"/><table:table-cell table:number-columns-repeated="1000"/></table:table-row>' +
        `<table:table-row><table:table-cell/><table:table-cell office:value-type="string"><text:p>${"x".repeat(20)}</text:p></table:table-cell></table:table-row>` +
        "</table:table></office:spreadsheet>",
    );
    expect(scanOdsContent(content, 10)).toEqual({
      cells: 13,
      uncalculated: [],
      tooLong: [{ address: { sheet: "Заявки", row: 4, col: 2 }, length: 20 }],
    });
  });
});

test("the reader is browser-safe: only node.ts imports Node modules", () => {
  const dir = path.join(__dirname, "../../../src/adapters/files");
  // Sub-folders (charts/) included.
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  expect(files).toContain(path.join("charts", "chart-xml.ts"));
  const withNode = files.filter((f) => /from "node:|require\(/.test(readFileSync(path.join(dir, f), "utf8")));
  expect(withNode).toEqual(["node.ts"]);
});
