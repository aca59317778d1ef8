import ExcelJS from "exceljs";
import { isPercentFormat, worksheetValues } from "../../../src/adapters/exceljs/read";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { readInput } from "../../../src/workbook/read";
import { exampleSheets } from "../../fixtures/example";

async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const out = new ExcelJS.Workbook();
  build(out.addWorksheet("Лист"));
  const buffer = await out.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer);
  const ws = back.getWorksheet("Лист");
  if (!ws) throw new Error("sheet lost");
  return ws;
}

describe("worksheetValues", () => {
  it("maps every kind of ExcelJS value to the port's CellValue", async () => {
    const ws = await roundTrip((sheet) => {
      sheet.getCell("A1").value = 1234.56;
      sheet.getCell("B1").value = "текст";
      sheet.getCell("C1").value = {
        richText: [{ text: "ОФ " }, { text: "«Ак-Ниет»", font: { bold: true } }],
      };
      sheet.getCell("D1").value = new Date(Date.UTC(2019, 2, 1));
      sheet.getCell("E1").value = true;
      sheet.getCell("A2").value = { formula: "A1*2", result: 2469.12 };
      sheet.getCell("B2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      sheet.getCell("C2").value = { text: "сайт", hyperlink: "https://example.org" };
      sheet.getCell("D2").value = { error: "#REF!" };
      sheet.getCell("E2").value = { formula: "A1+1" };
      sheet.getCell("A3").value = 0.4;
      sheet.getCell("A3").numFmt = "0%";
      sheet.getCell("B3").value = 0.07;
      sheet.getCell("B3").numFmt = "0.00%";
      sheet.getCell("C3").value = { formula: "A3/2", result: 0.2 };
      sheet.getCell("C3").numFmt = "0%";
      sheet.getCell("D3").value = { formula: "DATE(2019,3,1)", result: new Date(Date.UTC(2019, 2, 1)) };
      sheet.getCell("A5").value = "Заголовок";
      sheet.mergeCells("A5:C5");
      sheet.getCell("B6").value = { formula: "A1", result: 1234.56 };
      sheet.getCell("C6").value = { sharedFormula: "B6", result: 7 } as ExcelJS.CellValue;
    });
    const values = worksheetValues(ws);
    expect(values[0]).toEqual([1234.56, "текст", "ОФ «Ак-Ниет»", { date: 43525 }, true]);
    expect(values[1]).toEqual([
      2469.12,
      { error: "#DIV/0!" },
      "сайт",
      { error: "#REF!" },
      { error: "#CALC!" },
    ]);
    expect(values[2]).toEqual(["40%", "7%", "20%", { date: 43525 }]);
    expect(values[3]).toEqual([]);
    expect(values[4]).toEqual(["Заголовок"]);
    expect(values[5]).toEqual([null, 1234.56, 7]);
  });

  it("gives the example program back unchanged through an .xlsx file", async () => {
    const sheets = exampleSheets("ru");
    const out = new ExcelJS.Workbook();
    for (const [name, grid] of Object.entries(sheets)) {
      const sheet = out.addWorksheet(name);
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          const cell = sheet.getCell(r + 1, c + 1);
          if (typeof value === "object" && "date" in value) {
            cell.value = new Date(Math.round((value.date - 25569) * 86_400_000));
          } else if (typeof value === "object") {
            cell.value = { error: "#REF!" };
          } else cell.value = value;
        }),
      );
    }
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await out.xlsx.writeBuffer());
    const fromFile: Record<string, ReturnType<typeof worksheetValues>> = {};
    for (const ws2 of back.worksheets) fromFile[ws2.name] = worksheetValues(ws2);
    for (const [name, grid] of Object.entries(sheets)) {
      const trimmed = grid.map((row) => {
        const copy = [...row];
        while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
        return copy;
      });
      while (trimmed.length > 0 && trimmed[trimmed.length - 1]?.length === 0) trimmed.pop();
      expect(fromFile[name]).toEqual(trimmed);
    }
    const read = await readInput(MemoryWorkbook.fromSheets(fromFile));
    expect(read.problems).toEqual([]);
  });
});

describe("isPercentFormat", () => {
  it.each([
    ["0%", true],
    ["0.00%", true],
    ["0.0%;[Red]-0.0%", true],
    ['0" %"', false],
    ["0\\%", false],
    ["#,##0.00", false],
    ["General", false],
  ])("%s → %p", (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});

describe("templates through a real .xlsx file", () => {
  it.each(["ru", "en", "ky"] as const)(
    "the %s example written by the ExcelJS port reads back without problems",
    async (lang) => {
      const { ExcelJsWorkbook } = await import("../../../src/adapters/exceljs/workbook");
      const { inputTemplateLayouts } = await import("../../../src/workbook/template");
      const written = ExcelJsWorkbook.create();
      await written.writeSheets(inputTemplateLayouts(lang, true));
      const loaded = await ExcelJsWorkbook.fromBuffer(await written.toBuffer());
      const read = await readInput(loaded, { lang });
      expect(read.problems).toEqual([]);
      expect(read.input?.applications).toHaveLength(9);
      expect(read.input?.program.start).toBe("2019-03-01");
    },
  );
});
