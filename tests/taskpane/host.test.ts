import ExcelJS from "exceljs";
import { translate } from "../../src/i18n";
import { createOfficeHost } from "../../src/taskpane/host";
import { errorMessage } from "../../src/taskpane/state";
import { FakeExcel } from "../adapters/officejs/fake-excel";

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

describe("the Office host over the fake Excel (use cases + Office.js adapter)", () => {
  it("creates the template, runs, points at cells and exports", async () => {
    const { excel, host, downloads } = setup();
    expect(await host.checkStale()).toBe("no-outputs");
    const sheets = await host.createTemplate({ lang: "ru", example: true }, []);
    expect(sheets.length).toBeGreaterThan(3);
    for (const s of sheets) expect(excel.sheet(s)).toBeDefined();
    const inputs = Object.fromEntries(sheets.map((s) => [s, excel.values(s)]));

    const outcome = await host.run("ru");
    if (outcome.kind !== "done") throw new Error(`run gave problems: ${JSON.stringify(outcome.problems)}`);
    for (const s of outcome.written) expect(excel.sheet(s)?.visibility).toBe("Visible");
    for (const s of sheets) expect(excel.values(s)).toEqual(inputs[s]);
    expect(await host.checkStale()).toBe("fresh");

    // A stated Итого that does not match the sources gives a finding with a cell: go there.
    const applications = excel.values("Заявки");
    const headerRow = applications.findIndex((row) => row.includes("Итого"));
    const totalCol = applications[headerRow]?.indexOf("Итого") ?? -1;
    const cell = excel.cell("Заявки", headerRow + 2, totalCol + 1);
    if (!cell) throw new Error("no Итого cell under the Заявки header");
    cell.value = 1;
    const again = await host.run("ru");
    if (again.kind !== "done") throw new Error(`run gave problems: ${JSON.stringify(again.problems)}`);
    const finding = again.result.findings.find((f) => f.rule === "sources-sum-mismatch");
    expect(finding?.address).toEqual({ sheet: "Заявки", row: headerRow + 2, col: totalCol + 1 });
    await host.selectCell(finding?.address ?? { sheet: "", row: 0, col: 0 });
    expect(excel.selection).toEqual(finding?.address);

    expect(await host.exportCsv(outcome.result, "ru")).toEqual({
      key: "ui.export.csvDone",
      params: { file: "tranches-2026-11-23.csv" },
    });
    expect(downloads[0]?.text.split("\r\n").length).toBeGreaterThan(2);

    expect(await host.exportWorkbook(outcome.result, "ru")).toEqual({ key: "ui.export.workbookDone" });
    const base64 = excel.createdWorkbooks[0] ?? "";
    const book = new ExcelJS.Workbook();
    // ExcelJS declares its own Buffer type; the bytes are the same, as its ArrayBuffer overload shows.
    const bytes = Buffer.from(base64, "base64");
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const ws = book.worksheets[0];
    const trancheCount = outcome.result.tranches.reduce((n, s) => n + s.items.length, 0);
    expect(ws?.rowCount).toBe(trancheCount + 1);
    expect(ws?.getCell("A1").value).toBe("№ договора");
    const first = outcome.result.tranches[0]?.items[0];
    if (first) expect(ws?.getCell("G2").value).toBe(Number(first.amount.toFixed(2)));
  });

  it("writes the export to a sheet where Excel cannot open a new workbook (before ExcelApi 1.8)", async () => {
    const { excel, host } = setup(false);
    await host.createTemplate({ lang: "ru", example: true }, []);
    const outcome = await host.run("ru");
    if (outcome.kind !== "done") throw new Error("run gave problems");
    const notice = await host.exportWorkbook(outcome.result, "ru");
    expect(notice).toEqual({ key: "ui.export.sheetDone", params: { sheet: "Экспорт траншей" } });
    expect(excel.createdWorkbooks).toHaveLength(0);
    expect(excel.values("Экспорт траншей").length).toBeGreaterThan(1);
  });

  it("reports input problems with their cells and writes nothing", async () => {
    const { excel, host } = setup();
    await host.createTemplate({ lang: "ru", example: true }, []);
    const apps = excel.sheet("Заявки");
    if (!apps) throw new Error("no Заявки");
    const before = excel.sheets.map((s) => s.name);
    // Break a money cell of the first application.
    const grantCol =
      excel
        .values("Заявки")
        .find((r) => r.includes("Грант"))
        ?.indexOf("Грант") ?? -1;
    const headerRow = excel.values("Заявки").findIndex((r) => r.includes("Грант"));
    const cell = apps.cells.get(`${headerRow + 1},${grantCol}`);
    if (!cell) throw new Error("no grant cell");
    cell.value = "сто тысяч";
    const outcome = await host.run("ru");
    expect(outcome.kind).toBe("problems");
    if (outcome.kind === "problems") {
      expect(outcome.problems[0]?.address).toEqual({
        sheet: "Заявки",
        row: headerRow + 2,
        col: grantCol + 1,
      });
    }
    expect(excel.sheets.map((s) => s.name)).toEqual(before);
  });

  it("plans the template in a constant number of requests and replaces a filled sheet only when told", async () => {
    const { excel, host } = setup();
    excel.addSheet("Заявки", [["№ заявки"], ["A-1"]]);
    excel.addSheet("Оценки");
    excel.addSheet("Criteria", [["Criterion"]]);
    const before = excel.syncs;
    const preview = await host.planTemplate({ lang: "ru", example: false });
    // list the sheets, then the used ranges of the input sheets at once
    expect(excel.syncs - before).toBe(2);
    expect(preview).toEqual({
      create: ["Программа", "Смета", "Комиссия", "Оценки", "Договоры", "Платежи", "Отчёты"],
      wouldReplace: ["Заявки"],
      keep: ["Criteria"],
    });

    const written = await host.createTemplate({ lang: "ru", example: false }, []);
    expect(written).toEqual(preview.create);
    expect(excel.values("Заявки")).toEqual([["№ заявки"], ["A-1"]]);
    expect(excel.values("Criteria")).toEqual([["Criterion"]]);

    await host.createTemplate({ lang: "ru", example: false }, ["Заявки"]);
    expect(excel.values("Заявки")).not.toEqual([["№ заявки"], ["A-1"]]);
  });

  it("explains a run refused because an input sheet's used range is too large", async () => {
    const { excel, host } = setup();
    await host.createTemplate({ lang: "ru", example: true }, []);
    // One stray value at Y1000000 makes Заявки's used range 25 million cells.
    excel.sheet("Заявки")?.cells.set("999999,24", { value: "x", format: "General" });
    const error: unknown = await host.run("ru").then(
      () => undefined,
      (e: unknown) => e,
    );
    const message = errorMessage(error);
    expect(message.key).toBe("ui.error.sheet-too-large");
    const text = translate("ru", message.key, message.params);
    expect(text).toContain("«Заявки»");
    expect(text).toContain("A1:Y1000000");
    expect(text).toContain("25\u00a0000\u00a0000");
  }, 60_000);
});
