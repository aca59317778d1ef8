import { OfficeJsWorkbook } from "../../src/adapters/officejs";
import { checkStale, runWorkbook } from "../../src/app";
import { STAMP_SEARCH_ROWS } from "../../src/workbook/fingerprint";
import type { WorkbookPort } from "../../src/workbook/port";
import { allOutputSheetNames } from "../../src/workbook/render";
import { FakeExcel } from "../adapters/officejs/fake-excel";
import { competitionSheets } from "../support/competition";

async function computed(): Promise<{ excel: FakeExcel; port: OfficeJsWorkbook }> {
  const excel = new FakeExcel();
  for (const [name, rows] of Object.entries(competitionSheets(200))) excel.addSheet(name, rows);
  const port = new OfficeJsWorkbook(excel.run, { supports: () => true });
  const outcome = await runWorkbook(port, { lang: "ru", now: new Date("2026-11-26T10:00:00Z") });
  if (outcome.kind !== "done") throw new Error("the example did not run");
  return { excel, port };
}

/** The same port without readTop: output sheets are then read whole. */
function withoutReadTop(port: WorkbookPort): WorkbookPort {
  return {
    listSheets: () => port.listSheets(),
    readSheets: (names) => port.readSheets(names),
    writeSheets: (sheets, options) => port.writeSheets(sheets, options),
  };
}

describe("checkStale", () => {
  it("reads the output sheets' top rows only (readTop), never an output sheet whole", async () => {
    const { port } = await computed();
    const readTop = jest.spyOn(port, "readTop");
    const readSheets = jest.spyOn(port, "readSheets");
    expect(await checkStale(port)).toBe("fresh");
    const outputs = new Set(allOutputSheetNames());
    expect(readTop).toHaveBeenCalledTimes(1);
    const [names, rows] = readTop.mock.calls[0] ?? [];
    expect(rows).toBe(STAMP_SEARCH_ROWS);
    expect(names?.length).toBeGreaterThanOrEqual(4);
    expect(names?.every((n) => outputs.has(n))).toBe(true);
    for (const [asked] of readSheets.mock.calls) expect(asked.some((n) => outputs.has(n))).toBe(false);
  });

  it("tells stale from fresh the same with or without readTop", async () => {
    const { excel, port } = await computed();
    expect(await checkStale(withoutReadTop(port))).toBe("fresh");
    const rows = excel.values("Заявки");
    const r = rows.findIndex((row) => row.includes("Грант"));
    const c = rows[r]?.indexOf("Грант") ?? -1;
    const cell = excel.sheet("Заявки")?.cells.get(`${r + 1},${c}`);
    if (!cell) throw new Error("no Грант cell");
    cell.value = Number(cell.value) + 1;
    expect(await checkStale(port)).toBe("stale");
    expect(await checkStale(withoutReadTop(port))).toBe("stale");
  });

  it("asks for no top rows when there are no outputs", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Лист1", [["x"]]);
    const port = new OfficeJsWorkbook(excel.run, { supports: () => true });
    const readTop = jest.spyOn(port, "readTop");
    expect(await checkStale(port)).toBe("no-outputs");
    expect(readTop).not.toHaveBeenCalled();
  });
});
