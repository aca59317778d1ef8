import ExcelJS from "exceljs";
import { analyze } from "../../src/core/analyze";
import type { GszResult } from "../../src/core/model";
import { createOfficeHost } from "../../src/taskpane/host";
import { FakeExcel } from "../adapters/officejs/fake-excel";
import { buildInput } from "../support/build-input";
import { EXECUTION, scheduleOf } from "../support/execution";

const NOW = new Date("2026-11-23T10:00:00Z");

function setup(supportsNew = true) {
  const excel = new FakeExcel();
  excel.addSheet("Лист1");
  const downloads: { file: string; text: string; mime: string }[] = [];
  const host = createOfficeHost({
    run: excel.run,
    supports: (_set, version) => supportsNew || Number(version) <= 1.7,
    createWorkbook: excel.createWorkbook,
    displayLanguage: "ru-RU",
    now: () => NOW,
    download: (file, text, mime) => downloads.push({ file, text, mime }),
  });
  return { excel, host, downloads };
}

/** Д-1 (75 000 left, overdue), Д-2 (paid in full), Д-3 (80 000 left in two tranches). */
const result: GszResult = {
  ...analyze(buildInput()),
  tranches: EXECUTION.contracts.map(scheduleOf),
  execution: EXECUTION,
};

describe("the pane's export of the payment calendar", () => {
  it("downloads the calendar as CSV", async () => {
    const { host, downloads } = setup();
    expect(await host.exportPaymentsCsv(result, "en")).toEqual({
      key: "ui.export.csvDone",
      params: { file: "payments-2026-11-23.csv" },
    });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.mime).toBe("text/csv");
    expect(downloads[0]?.text.split("\r\n")).toEqual([
      "\uFEFFMonth;Date;Contract;Application;Organization;Tranche;To pay;Status",
      "04.2019;01.04.2019;Д-3;A-03;ОО «Мээрим»;1;40000,00;due",
      "04.2019;;;;Total for 04.2019;;40000,00;",
      "06.2019;03.06.2019;Д-1;A-01;ОО «Ак-Жол»;2;75000,00;overdue",
      "06.2019;;;;Total for 06.2019;;75000,00;",
      "10.2019;01.10.2019;Д-3;A-03;ОО «Мээрим»;2;40000,00;planned",
      "10.2019;;;;Total for 10.2019;;40000,00;",
      ";;;;Total to pay;;155000,00;",
      "",
    ]);
  });

  it("opens it in a new workbook: dates, money and the status column", async () => {
    const { excel, host } = setup();
    expect(await host.exportPaymentsWorkbook(result, "ru")).toEqual({ key: "execution.pane.workbookDone" });
    const bytes = Buffer.from(excel.createdWorkbooks[0] ?? "", "base64");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const ws = book.worksheets[0];
    expect(ws?.name).toBe("Платёжный календарь");
    expect(ws?.getRow(1).values).toEqual([
      undefined,
      "Месяц",
      "Дата",
      "№ договора",
      "№ заявки",
      "Организация",
      "№ транша",
      "К выплате",
      "Статус",
    ]);
    expect(ws?.getCell("B2").value).toEqual(new Date(Date.UTC(2019, 3, 1)));
    expect(ws?.getCell("G2").value).toBe(40000);
    expect(ws?.getCell("H4").value).toBe("просрочен");
    expect(ws?.getCell("E8").value).toBe("Итого к выплате");
    expect(ws?.getCell("G8").value).toBe(155000);
    expect(ws?.rowCount).toBe(8);
  });

  it("writes it to a sheet where Excel cannot open a new workbook", async () => {
    const { excel, host } = setup(false);
    expect(await host.exportPaymentsWorkbook(result, "ru")).toEqual({
      key: "execution.pane.sheetDone",
      params: { sheet: "Платёжный календарь" },
    });
    expect(excel.createdWorkbooks).toHaveLength(0);
    const values = excel.values("Платёжный календарь");
    expect(values).toHaveLength(8);
    expect(values[7]?.[4]).toBe("Итого к выплате");
    expect(values[7]?.[6]).toBe(155000);
  });
});
