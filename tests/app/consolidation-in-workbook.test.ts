import { FILE_OPENER } from "../../src/adapters/files";
import { consolidateSources, writeConsolidation } from "../../src/app";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { PILOTS_2013_2015 } from "../fixtures/pilots-2013-2015";
import { pilotSheets, sheetsToXlsx } from "../support/pilots";

async function outcome() {
  const books = [];
  for (const pilot of PILOTS_2013_2015.slice(0, 2)) {
    books.push({ name: `${pilot.municipality}.xlsx`, bytes: await sheetsToXlsx(pilotSheets(pilot)) });
  }
  return consolidateSources(books, {
    lang: "ru",
    now: new Date("2026-12-06T00:00:00Z"),
    opener: FILE_OPENER,
  });
}

describe("the Сводка written into the open workbook (the add-in)", () => {
  it("writes Сводка, Источники and Расхождения into an empty workbook", async () => {
    const book = MemoryWorkbook.fromSheets({ Лист1: [] });
    const done = await writeConsolidation(book, await outcome());
    expect(done).toEqual({ kind: "done", written: ["Сводка", "Источники", "Расхождения"] });
    expect(await book.listSheets()).toEqual(["Лист1", "Сводка", "Источники", "Расхождения"]);
    const [summary] = await book.readSheets(["Сводка"]);
    const total = summary?.values.find((row) => row[0] === "Итого");
    const [a, b] = PILOTS_2013_2015;
    expect(total).toContain(Number(a?.total) + Number(b?.total));
  });

  it("refuses a program's workbook, whose Расхождения it would replace, and writes nothing", async () => {
    const book = MemoryWorkbook.fromSheets({ Программа: [["Параметр", "Значение"]], Расхождения: [["run"]] });
    expect(await writeConsolidation(book, await outcome())).toEqual({
      kind: "program-workbook",
      sheet: "Программа",
    });
    expect(await book.listSheets()).toEqual(["Программа", "Расхождения"]);
    const [findings] = await book.readSheets(["Расхождения"]);
    expect(findings?.values).toEqual([["run"]]);
  });
});
