import { OfficeJsWorkbook } from "../../../src/adapters/officejs";
import { runWorkbook } from "../../../src/app";
import { competitionSheets } from "../../support/competition";
import { FakeExcel } from "./fake-excel";

/** Desktop Excel (no request limit) by default; `web` models Excel on the web's 5 MB limits. */
async function runOn(n: number, web = false) {
  const excel = new FakeExcel();
  for (const [name, rows] of Object.entries(competitionSheets(n))) excel.addSheet(name, rows);
  excel.payloadLimit = web ? 5_000_000 : Infinity;
  excel.responseLimit = web ? 5_000_000 : Infinity;
  const port = new OfficeJsWorkbook(excel.run, { supports: () => true, web });
  const outcome = await runWorkbook(port, { lang: "ru", now: new Date("2026-11-23T10:00:00Z") });
  return { excel, outcome };
}

describe("a whole run over Office.js", () => {
  it("makes the same number of context.sync calls for 10 and 10 000 applications", async () => {
    const small = await runOn(10);
    const large = await runOn(10_000);
    for (const r of [small, large]) {
      if (r.outcome.kind !== "done") throw new Error(JSON.stringify(r.outcome.problems.slice(0, 3)));
    }
    // list sheets, read the inputs and any old outputs (for their stamps) at once, then write: load
    // names, one write request, swap
    expect(small.excel.syncs).toBe(5);
    expect(large.excel.syncs).toBe(small.excel.syncs);
    expect(large.excel.values("Рейтинг").length).toBeGreaterThan(10_000);
  }, 120_000);

  it("reads only the top rows of the old outputs (their stamps), in one more request, on a second run", async () => {
    const { excel } = await runOn(300);
    const inputCells = Object.values(competitionSheets(300)).reduce(
      (sum, rows) => sum + rows.reduce((n, row) => n + row.length, 0),
      0,
    );
    expect(excel.values("Рейтинг").length).toBeGreaterThan(300);
    const port = new OfficeJsWorkbook(excel.run, { supports: () => true });
    const before = excel.syncs;
    const readsBefore = excel.cellReads.length;
    const again = await runWorkbook(port, { lang: "ru", now: new Date("2026-11-23T11:00:00Z") });
    expect(again.kind === "done" && again.wasStale).toBe(false);
    // list sheets, read the inputs, read the outputs' top rows, then write (as on a first run)
    expect(excel.syncs - before).toBe(6);
    const cellsRead = excel.cellReads.slice(readsBefore).reduce((a, b) => a + b, 0);
    // 4+ output sheets × 5 rows × at most 40 columns, over the inputs: never a whole output sheet
    expect(cellsRead - inputCells).toBeLessThan(6 * 5 * 40);
  });

  it("stays under Excel on the web's 5 MB per request and per response, with round trips bounded by size", async () => {
    const small = await runOn(10, true);
    const large = await runOn(10_000, true);
    for (const r of [small, large]) {
      if (r.outcome.kind !== "done") throw new Error("problems");
    }
    expect(small.excel.syncs).toBe(5);
    // The one-request read is refused (about 7 MB of answer) and repeated in chunks; writes go in ~4 MB requests.
    expect(Math.max(...large.excel.requests)).toBeLessThanOrEqual(4_100_000);
    expect(large.excel.syncs).toBeLessThan(30);
    const desktop = await runOn(10_000);
    expect(large.excel.values("Рейтинг")).toEqual(desktop.excel.values("Рейтинг"));
  }, 120_000);
});
