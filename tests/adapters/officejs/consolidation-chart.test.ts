import { OfficeJsWorkbook } from "../../../src/adapters/officejs";
import { FILE_OPENER } from "../../../src/adapters/files";
import { consolidateSources, writeConsolidation } from "../../../src/app";
import { SOURCE_KEYS } from "../../../src/core/model";
import { translate } from "../../../src/i18n";
import { PILOTS_2013_2015 } from "../../fixtures/pilots-2013-2015";
import { pilotSheets, sheetsToXlsx } from "../../support/pilots";
import { chartRangeAddress } from "./fake-charts";
import { FakeExcel } from "./fake-excel";

/**
 * The pane's «Сводка из файлов…» (src/taskpane/host.ts): the same use case and defaults as the pane, the
 * sheets written through the Office.js adapter into the fake Excel. The Сводка's pie is drawn there too,
 * from the grand-total row's own cells.
 */

async function outcome(count: number) {
  const books = [];
  for (const pilot of PILOTS_2013_2015.slice(0, count)) {
    books.push({ name: `${pilot.municipality}.xlsx`, bytes: await sheetsToXlsx(pilotSheets(pilot)) });
  }
  // No drawChart option: the pane's call (host.ts) leaves it at its default.
  return consolidateSources(books, {
    lang: "ru",
    now: new Date("2026-12-06T00:00:00Z"),
    opener: FILE_OPENER,
  });
}

const column = (n: number): string => String.fromCharCode(64 + n);

describe("the add-in's Сводка (Office.js adapter, fake Excel)", () => {
  it.each([2, 11])("draws the pie of the %i programs' structure at the grand-total cells", async (count) => {
    const excel = new FakeExcel();
    excel.addSheet("Лист1", []);
    const port = new OfficeJsWorkbook(excel.run, { supports: () => true, random: () => 0.25 });
    const done = await writeConsolidation(port, await outcome(count));
    expect(done).toEqual({ kind: "done", written: ["Сводка", "Источники", "Расхождения"] });

    const values = excel.values("Сводка");
    const totalRow = values.findIndex((row) => row[0] === translate("ru", "output.total")) + 1;
    const headerRow = values.findIndex((row) => row[0] === "Муниципалитет") + 1;
    expect(totalRow).toBeGreaterThan(headerRow);
    expect(headerRow).toBeGreaterThan(0);
    // The sources' money columns, found by their headers.
    const headers = values[headerRow - 1] ?? [];
    const sourceHeaders = SOURCE_KEYS.map((key) => translate("ru", `output.col.${key}`));
    const first = headers.indexOf(sourceHeaders[0] ?? "") + 1;
    const last = first + SOURCE_KEYS.length - 1;
    expect(first).toBeGreaterThan(0);
    expect(headers.slice(first - 1, last)).toEqual(sourceHeaders);

    const charts = excel.sheet("Сводка")?.charts ?? [];
    expect(charts).toHaveLength(1);
    const [pie] = charts;
    expect(pie?.type).toBe("Pie");
    expect(pie?.title).toBe(translate("ru", "consolidation.chart.title"));
    expect(pie?.seriesBy).toBe("Rows");
    const [series] = pie?.series ?? [];
    expect(series && chartRangeAddress(series.values)).toBe(
      `'Сводка'!${column(first)}${totalRow}:${column(last)}${totalRow}`,
    );
    expect(series?.xValues && chartRangeAddress(series.xValues)).toBe(
      `'Сводка'!${column(first)}${headerRow}:${column(last)}${headerRow}`,
    );
    // The cells it points at sum the programs' rows (the grand total), column by column.
    for (let col = first; col <= last; col++) {
      expect(excel.cell("Сводка", totalRow, col)?.formula).toBe(
        `=SUM(${column(col)}${headerRow + 1}:${column(col)}${totalRow - 1})`,
      );
    }
    expect(totalRow - headerRow - 1).toBe(count);
    expect(series?.pointFills.size).toBe(SOURCE_KEYS.length);
    // Right below the grand total; the other sheets have no chart.
    expect(pie?.position && pie.position.from.r0 + 1).toBeGreaterThan(totalRow);
    expect(pie?.position && pie.position.from.r0 + 1).toBeLessThanOrEqual(totalRow + 2);
    expect(excel.sheet("Источники")?.charts).toEqual([]);
    expect(excel.sheet("Расхождения")?.charts).toEqual([]);
  });
});
