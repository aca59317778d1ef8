import ExcelJS from "exceljs";
import { resultsWorkbookBytes } from "../../../src/adapters/xlsx-stream/workbook";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { openWorkbook } from "../../../src/adapters/files";
import { runToResults } from "../../../src/app/results";
import { runWorkbook } from "../../../src/app/run";
import { createTemplate } from "../../../src/app/template";
import type { CellValue } from "../../../src/workbook/port";
import { unzipSync } from "./unzip";

const NOW = new Date(Date.UTC(2026, 10, 23, 9, 30));
const PROGRAM = "Государственный социальный заказ мэрии г. Кара-Балта на 2019 год";
const OUTPUTS = ["Рейтинг", "Софинансирование", "Транши", "Расхождения", "Протокол"];

/** The example template (ru), written and read back by ExcelJS. */
async function exampleTemplate(example = true): Promise<Uint8Array> {
  const book = ExcelJsWorkbook.create();
  await createTemplate(book, { lang: "ru", example });
  return book.toBuffer();
}

/** What the CLI writes for `gsz run example.xlsx -o results.xlsx`. */
async function exampleResults(): Promise<Uint8Array> {
  const outcome = await runToResults(await ExcelJsWorkbook.fromBuffer(await exampleTemplate()), {
    lang: "ru",
    now: NOW,
    source: "example.xlsx",
  });
  if (outcome.kind !== "done") throw new Error(JSON.stringify(outcome.problems));
  return resultsWorkbookBytes(outcome.book, { modified: NOW });
}

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}

describe("the results workbook prints every output sheet as a document", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await exampleResults();
  });

  it("A4, fitted to one page wide and any height, header row repeated, program and page N of M", async () => {
    const book = await loaded(bytes);
    for (const name of OUTPUTS) {
      const ws = book.getWorksheet(name);
      expect(ws?.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws?.headerFooter.oddHeader).toBe(`&Cг. Кара-Балта — ${PROGRAM}`);
      expect(ws?.headerFooter.oddFooter).toBe("&Cстр. &P из &N");
    }
    expect(book.getWorksheet("Рейтинг")?.pageSetup.printTitlesRow).toBe("4:4");
    expect(book.getWorksheet("Протокол")?.pageSetup.printTitlesRow).toBeUndefined();
  });

  it("stores the print titles as Excel does: a _xlnm.Print_Titles name of the sheet", () => {
    const workbook = unzipSync(Buffer.from(bytes), "xl/workbook.xml");
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Рейтинг&apos;!$4:$4</definedName>`,
    );
  });

  it("wraps the directions' long names in the protocol and makes their rows tall enough", async () => {
    const ws = (await loaded(bytes)).getWorksheet("Протокол");
    const cell = ws
      ?.getColumn(2)
      .values.findIndex((v) => typeof v === "string" && v.startsWith("Помощь женщинам"));
    expect(cell).toBeGreaterThan(0);
    expect(ws?.getCell(cell ?? 0, 2).alignment).toMatchObject({ wrapText: true });
    expect(ws?.getRow(cell ?? 0).height).toBeGreaterThanOrEqual(30);
  });

  it("holds the protocol's names and numbers, as any reader sees them (the files reader)", async () => {
    const opened = await openWorkbook(bytes, "results.xlsx");
    if (!opened.ok) throw new Error(opened.problem.key);
    const [protocol] = await opened.book.readSheets(["Протокол"]);
    const rows = protocol?.values ?? [];
    const row = (col: number, text: CellValue): readonly CellValue[] =>
      rows.find((r) => r[col] === text) ?? [];
    expect(rows[0]?.[0]).toBe("Протокол заседания конкурсной комиссии");
    expect(row(0, "Дата заседания:")[2]).toBe("20.02.2019");
    expect(row(1, "Садыков Нурлан").slice(1, 8)).toEqual([
      "Садыков Нурлан",
      "Член комиссии",
      8,
      null,
      null,
      null,
      "2",
    ]);
    expect(row(1, "ОО «Мээрим»").slice(0, 8)).toEqual([
      3,
      "ОО «Мээрим»",
      "2",
      80,
      120000,
      120000,
      null,
      "финансируется: запрошено 120\u00a0000,00 сом, по направлению 1 оставалось 125\u00a0000,00 сом",
    ]);
    expect(rows.filter((r) => r[1] === "Итого").map((r) => r.slice(4, 7))).toEqual([
      [630000, 395000],
      [400000, 395000, 5000],
    ]);
    expect(rows.filter((r) => r[7] === "______________________")).toHaveLength(9);
  });
});

describe("the templates explain themselves", () => {
  it.each([true, false])(
    "'Как заполнять' comes first, and each column header has an input message (example %s)",
    async (example) => {
      const book = await loaded(await exampleTemplate(example));
      expect(book.worksheets.map((ws) => ws.name)).toEqual([
        "Как заполнять",
        "Программа",
        "Заявки",
        "Смета",
        "Критерии",
        "Комиссия",
        "Оценки",
        "Договоры",
        "Платежи",
        "Отчёты",
      ]);
      const guide = book.getWorksheet("Как заполнять");
      expect(guide?.getColumn(2).values.slice(5)).toEqual([
        "Программа",
        "Заявки",
        "Смета",
        "Критерии",
        "Комиссия",
        "Оценки",
        "Договоры",
        "Платежи, Отчёты",
        "Расчёт",
      ]);
      const applications = book.getWorksheet("Заявки");
      expect(applications?.getCell("B3").value).toBe("Организация");
      expect(applications?.getCell("B3").dataValidation).toMatchObject({
        showInputMessage: true,
        promptTitle: "Организация",
        prompt: "Название НКО-заявителя. Пример: ОФ «Ак-Ниет»",
      });
      // Every header cell of every input sheet (row 3) says what goes there.
      const silent: string[] = [];
      for (const ws of book.worksheets.slice(1)) {
        ws.getRow(3).eachCell((cell) => {
          if (!cell.dataValidation?.prompt) silent.push(`${ws.name}!${cell.address}`);
        });
      }
      expect(silent).toEqual([]);
    },
  );

  it("is read without a word about the 'Как заполнять' sheet", async () => {
    const book = await ExcelJsWorkbook.fromBuffer(await exampleTemplate());
    const outcome = await runWorkbook(book, { lang: "ru", now: NOW });
    if (outcome.kind !== "done") throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.result.findings.filter((f) => f.address?.sheet === "Как заполнять")).toEqual([]);
    expect(outcome.result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
