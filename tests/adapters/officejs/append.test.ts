import { OfficeJsWorkbook } from "../../../src/adapters/officejs";
import { createTemplate } from "../../../src/app";
import { collectFormScores, createFormSheets } from "../../../src/app/forms-in-workbook";
import { reportJson } from "../../../src/app/report";
import { analyze } from "../../../src/core/analyze";
import type { WorkbookPort } from "../../../src/workbook/port";
import { readInput } from "../../../src/workbook/read";
import { exampleInput } from "../../../src/workbook/template";
import { exampleRowsOf, formEntries } from "../../support/score-forms";
import { FakeExcel, type FakeValue } from "./fake-excel";

const input = exampleInput();
const members = input.commission.map((m) => m.name);
const applications = input.applications.map((a) => a.id);
const codes = input.criteria.map((c) => c.code);
const fromForms = members.slice(4);

async function ranking(port: WorkbookPort): Promise<unknown> {
  const read = await readInput(port);
  if (!read.input) throw new Error(JSON.stringify(read.problems));
  return reportJson(analyze(read.input), "ru").ranking.map(
    ({ application, place, total, status, scorers }) => ({
      application,
      place,
      total,
      status,
      scorers,
    }),
  );
}

/** The example in a fake Excel, with the last members' rows of Оценки cleared (or cut off the table too). */
async function exampleInExcel(cut: boolean): Promise<{ excel: FakeExcel; port: OfficeJsWorkbook }> {
  const excel = new FakeExcel();
  excel.addSheet("Лист1");
  await createTemplate(new OfficeJsWorkbook(excel.run, { supports: () => true, inputSheets: "write" }), {
    lang: "ru",
    example: true,
  });
  const scores = excel.sheet("Оценки");
  const table = excel.tables.find((t) => t.sheet === scores);
  if (!scores || !table) throw new Error("no Оценки table");
  const cleared = fromForms.length * applications.length;
  const lastRow = table.r0 + table.rows - 1;
  for (const [k, cell] of scores.cells) {
    const row = Number(k.split(",")[0]);
    if (row > lastRow - cleared) cell.value = "";
  }
  if (cut) table.rows -= cleared;
  return { excel, port: new OfficeJsWorkbook(excel.run, { supports: () => true }) };
}

function fill(excel: FakeExcel, member: string): void {
  const sheet = excel.sheet(member);
  if (!sheet) throw new Error(`no form ${member}`);
  for (const { row, col, value } of formEntries(exampleRowsOf(member), applications, codes)) {
    sheet.cells.set(`${row - 1},${col - 1}`, { value: (value ?? "") as FakeValue, format: "General" });
  }
}

describe("collecting scoring forms in Excel (Office.js adapter)", () => {
  it.each([
    ["blank rows left at the end of the Оценки table", false],
    ["the Оценки table ending at its last filled row", true],
  ])("appends below the last row with data, extending the table: %s", async (_, cut) => {
    const typed = await (async () => {
      const excel = new FakeExcel();
      excel.addSheet("Лист1");
      await createTemplate(new OfficeJsWorkbook(excel.run, { supports: () => true, inputSheets: "write" }), {
        lang: "ru",
        example: true,
      });
      return ranking(new OfficeJsWorkbook(excel.run, { supports: () => true }));
    })();
    const { excel, port } = await exampleInExcel(cut);
    const table = excel.tables.find((t) => t.sheet.name === "Оценки");
    const rowsBefore = table?.rows ?? 0;
    expect((await createFormSheets(port, "ru")).kind).toBe("done");
    for (const member of fromForms) fill(excel, member);

    const outcome = await collectFormScores(port, "ru");
    expect(outcome).toMatchObject({ kind: "done", rows: fromForms.length * applications.length });
    const added = cut ? fromForms.length * applications.length : 0;
    expect(table?.rows).toBe(rowsBefore + added);
    expect(await ranking(port)).toEqual(typed);
    expect((await collectFormScores(port, "ru")).kind).toBe("problems");
  });
});
