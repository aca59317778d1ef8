import Decimal from "decimal.js";
import { analyze } from "../../../src/core/analyze";
import type { GszInput } from "../../../src/core/model";
import type { SheetLayout } from "../../../src/workbook/port";
import { outputLayouts, type RenderContext } from "../../../src/workbook/render";
import { renderExecution } from "../../../src/workbook/render/execution";
import { buildInput } from "../../support/build-input";
import { BLOCKED, EXECUTION, RELEASABLE } from "../../support/execution";

const ctx = (lang: RenderContext["lang"]): RenderContext => ({
  lang,
  now: new Date(Date.UTC(2026, 10, 23, 9, 30)),
  fingerprint: "ab".repeat(32),
});

const base = buildInput();
const input: GszInput = {
  ...base,
  program: { ...base.program, name: "ГСЗ 2019", asOf: "2019-07-01", releaseThresholdPct: new Decimal("80") },
};

/** The rows from a row that starts with `first` (the block's header) to the next empty row. */
function blockAfter(layout: SheetLayout, first: string): unknown[][] {
  const at = layout.rows.findIndex((r) => r[0] === first);
  if (at < 0) throw new Error(`no row starting with ${first}`);
  const end = layout.rows.findIndex((r, i) => i > at && r.length === 0);
  return layout.rows.slice(at, end < 0 ? undefined : end).map((r) => [...r]);
}

describe("the Исполнение sheet", () => {
  it("is written only when execution is present, after the other output sheets", () => {
    const result = analyze(input);
    expect(outputLayouts(input, { ...result, execution: undefined }, ctx("ru")).map((l) => l.name)).toEqual([
      "Рейтинг",
      "Софинансирование",
      "Транши",
      "Расхождения",
      "Протокол",
    ]);
    expect(
      outputLayouts(
        input,
        { ...result, execution: { present: false, paymentsPresent: false, contracts: [] } },
        ctx("ru"),
      ),
    ).toHaveLength(5);
    const names = (lang: RenderContext["lang"]) =>
      outputLayouts(input, { ...result, execution: EXECUTION }, ctx(lang)).map((l) => l.name);
    expect(names("ru")[5]).toBe("Исполнение");
    expect(names("en")[5]).toBe("Execution");
    expect(names("ky")[5]).toBe("Аткарылышы");
  });

  it("per contract: grant, paid, spent, % spent, balance, next tranche, release or why not; totals", () => {
    const sheet = renderExecution(input, EXECUTION, ctx("ru"));
    expect(sheet.rows.slice(0, 4).map((r) => r[0])).toEqual([
      "Исполнение договоров — ГСЗ 2019",
      expect.stringContaining("SHA-256: abab"),
      "Порог освоения для выплаты следующего транша: 80 %; допустимое отклонение по статье: 15 %",
      "На дату: 01.07.2019",
    ]);
    const table = sheet.tables[0];
    expect(table).toMatchObject({ name: "GszExecution", totalsRow: true });
    const header = table?.headerRow ?? 0;
    expect(sheet.rows[header - 1]).toEqual([
      "№ договора",
      "Организация",
      "Грант",
      "Выплачено",
      "Израсходовано",
      "Освоено, %",
      "Остаток у НКО",
      "След. транш",
      "Дата транша",
      "К выплате",
      "Выплата следующего транша",
    ]);
    expect(sheet.rows.slice(header, header + 3)).toEqual([
      [
        "Д-1",
        "ОО «Ак-Жол»",
        150000,
        75000,
        37500,
        0.5,
        37500,
        2,
        { date: 43619 },
        75000,
        "пока нельзя: нет принятых отчётов по выплаченным траншам; израсходовано меньше 80 % выплаченного",
      ],
      ["Д-2", "ОФ «Билим»", 100000, 100000, 90000.5, 0.9, 9999.5, null, null, null, "все транши выплачены"],
      ["Д-3", "ОО «Мээрим»", 80000, 0, 0, null, 0, 1, { date: 43556 }, 40000, "можно выплатить"],
    ]);
    const first = header + 1;
    expect(sheet.rows[header + 3]).toEqual([
      "Итого",
      null,
      { formula: `=SUBTOTAL(109,C${first}:C${first + 2})`, result: 330000 },
      { formula: `=SUBTOTAL(109,D${first}:D${first + 2})`, result: 175000 },
      { formula: `=SUBTOTAL(109,E${first}:E${first + 2})`, result: 127500.5 },
      null,
      { formula: `=SUBTOTAL(109,G${first}:G${first + 2})`, result: 47499.5 },
      null,
      null,
      { formula: `=SUBTOTAL(109,J${first}:J${first + 2})`, result: 115000 },
      null,
    ]);
    expect(table?.lastRow).toBe(header + 4);
    expect(sheet.highlights).toContainEqual({ row: first, col: 11 });
    expect(sheet.highlights).not.toContainEqual({ row: first + 2, col: 11 });
    expect(sheet.columns.map((c) => c.format)).toEqual([
      "text",
      "text",
      "money",
      "money",
      "money",
      "percent",
      "money",
      "integer",
      "date",
      "money",
      "text",
    ]);
    expect(sheet.columns[10]?.width).toBeGreaterThanOrEqual(24);
    expect(sheet.columns[10]?.width).toBeLessThanOrEqual(60);
  });

  it("per contract and budget line: approved vs spent, deviation, tolerance, over tolerance", () => {
    const sheet = renderExecution(input, EXECUTION, ctx("ru"));
    expect(blockAfter(sheet, "По статьям сметы (грант): утверждено и израсходовано").slice(1)).toEqual([
      [
        "№ договора",
        "Статья",
        "Утверждено",
        "Израсходовано",
        "Отклонение",
        "Отклонение, %",
        "Допустимо ±",
        "Сверх допуска",
      ],
      ["Д-1", "Оплата труда", 100000, 20000, -80000, -0.8, 15000, "да — нужна поправка к договору"],
      ["Д-1", "Материалы", 50000, 17500, -32500, -0.65, 7500, "нет"],
    ]);
    const row = sheet.rows.findIndex((r) => r[1] === "Оплата труда") + 1;
    expect(sheet.highlights).toContainEqual({ row, col: 8 });
    expect(sheet.highlights).not.toContainEqual({ row: row + 1, col: 8 });
    expect(sheet.titleRows).toContain(row - 1);
  });

  it("co-financing delivered by each source against the plan, and the grant to return", () => {
    const sheet = renderExecution(input, EXECUTION, ctx("en"));
    expect(
      blockAfter(sheet, "Co-financing: delivered by each source against the application's plan"),
    ).toEqual([
      ["Co-financing: delivered by each source against the application's plan"],
      ["Contract", "Source", "Planned", "Delivered", "Difference", "Delivered, % of plan"],
      ["Д-1", "Grant", 150000, 37500, -112500, 0.25],
      ["Д-1", "Local budget", 30000, 30000, 0, 1],
      ["Д-1", "NGO", 20000, 5000, -15000, 0.25],
    ]);
    expect(blockAfter(sheet, "Grant to return")).toEqual([
      ["Grant to return"],
      ["Contract", "Organization", "To return"],
      ["Д-2", "ОФ «Билим»", 9999.5],
      ["Total", null, 9999.5],
    ]);
    expect(sheet.rows[sheet.rows.length - 1]).toEqual(["Total", null, 9999.5]);
  });

  it("says so when there is nothing to return and when no As of date is given (Kyrgyz)", () => {
    const noAsOf: GszInput = { ...input, program: { ...base.program, name: "П" } };
    const sheet = renderExecution(
      noAsOf,
      { present: true, paymentsPresent: true, contracts: [RELEASABLE] },
      ctx("ky"),
    );
    expect(sheet.rows[2]?.[0]).toBe(
      "Кийинки траншты төлөө үчүн өздөштүрүү босогосу: 75 %; берене боюнча уруксат берилген четтөө: 15 %",
    );
    expect(sheet.rows[3]?.[0]).toBe("Дата көрсөтүлгөн эмес: мөөнөтү өткөнү текшерилбейт");
    expect(sheet.rows[sheet.rows.length - 1]).toEqual(["Кайтара турган эч нерсе жок"]);
    const header = sheet.tables[0]?.headerRow ?? 0;
    expect(sheet.rows[header]?.[10]).toBe("төлөөгө болот");
  });
});

describe("a next tranche only waiting for its date", () => {
  it("reads as on schedule and is not tinted as a problem", () => {
    const [, second] = RELEASABLE.tranches;
    if (!second) throw new Error("Д-3 has two tranches");
    const waiting = {
      ...RELEASABLE,
      nextTranche: {
        n: 2,
        date: second.date,
        amount: second.amount,
        releasable: false,
        blockedBy: ["date-not-come" as const],
      },
    };
    const sheet = renderExecution(
      input,
      { present: true, paymentsPresent: true, contracts: [waiting, BLOCKED] },
      ctx("en"),
    );
    const header = sheet.tables[0]?.headerRow ?? 0;
    expect(sheet.rows[header]?.[10]).toBe("on schedule: the tranche's date has not come");
    expect(sheet.rows[header + 1]?.[10]).toBe(
      "not yet: no accepted reports for the tranches paid; less than 80 % of the money paid is spent",
    );
    expect(sheet.highlights?.filter((h) => h.col === 11)).toEqual([{ row: header + 2, col: 11 }]);
  });
});
