import Decimal from "decimal.js";
import { analyze } from "../../../src/core/analyze";
import type { Finding, GszResult } from "../../../src/core/model";
import type { FormulaValue, LinkValue, SheetLayout, WriteValue } from "../../../src/workbook/port";
import { outputLayouts, type RenderContext } from "../../../src/workbook/render";
import { ENGINE_VERSION } from "../../../src/version";
import { buildInput } from "../../support/build-input";

const FP = "ab".repeat(32);
const ctx = (lang: RenderContext["lang"]): RenderContext => ({
  lang,
  now: new Date(Date.UTC(2026, 10, 23, 9, 30)),
  fingerprint: FP,
});

const input = buildInput();
const result = analyze(input);

function isFormula(v: WriteValue | undefined): v is FormulaValue {
  return typeof v === "object" && v !== null && "formula" in v;
}
function isLink(v: WriteValue | undefined): v is LinkValue {
  return typeof v === "object" && v !== null && "sheet" in v && "text" in v;
}
function byName(layouts: readonly SheetLayout[], name: string): SheetLayout {
  const found = layouts.find((l) => l.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

describe("output layouts", () => {
  it.each([
    ["ru", ["Рейтинг", "Софинансирование", "Транши", "Расхождения", "Протокол"]],
    ["en", ["Ranking", "Co-financing", "Tranches", "Discrepancies", "Protocol"]],
    ["ky", ["Рейтинг", "Кошо каржылоо", "Транштар", "Дал келбестиктер", "Протокол"]],
  ] as const)("are named in the user's language (%s)", (lang, names) => {
    expect(outputLayouts(input, result, ctx(lang)).map((l) => l.name)).toEqual(names);
  });

  it("keep the place apart from the application number beside it (space after the place)", () => {
    const layouts = outputLayouts(input, result, ctx("ru"));
    for (const name of ["Рейтинг", "Протокол"]) {
      expect(byName(layouts, name).columns[0]?.numberFormat).toBe("0_)_)");
    }
    // Рекомендовано, then Статус: the money keeps a space before the text.
    const ranking = byName(layouts, "Рейтинг");
    expect(ranking.columns.at(-3)?.numberFormat).toBe("#,##0.00_)_)");
    expect(ranking.columns.at(-2)?.format).toBe("text");
  });

  it("carry a title, a stamp (time, version, aggregation, rounding, fingerprint) and frozen headers", () => {
    for (const layout of outputLayouts(input, result, ctx("en"))) {
      const stamp = layout.rows[1]?.[0];
      expect(stamp).toBe(
        `Computed 2026-11-23 09:30 UTC · GSZ Finance ${ENGINE_VERSION} · score aggregation: mean · tranche rounding: 0.01 · SHA-256: ${FP}`,
      );
      expect(layout.titleRows?.slice(0, 2)).toEqual([1, 2]);
      const first = layout.tables[0];
      if (layout.freezeRows !== undefined) expect(layout.freezeRows).toBe(first?.headerRow);
      for (const table of layout.tables) {
        const header = layout.rows[table.headerRow - 1] ?? [];
        expect(header).toHaveLength(layout.columns.length);
        expect(new Set(header).size).toBe(header.length);
      }
    }
  });

  it("ranking: one row per application, each criterion's aggregate, totals as SUBTOTAL with the engine's sum", () => {
    const ranking = byName(outputLayouts(input, result, ctx("ru")), "Рейтинг");
    const table = ranking.tables[0];
    if (!table) throw new Error("no table");
    expect(table.totalsRow).toBe(true);
    expect(table.lastRow - table.headerRow - 1).toBe(result.ranking.length);
    const header = ranking.rows[table.headerRow - 1] ?? [];
    for (const c of input.criteria) expect(header).toContain(c.code);
    const totals = ranking.rows[table.lastRow - 1] ?? [];
    expect(totals[0]).toBe("Итого");
    const formulas = totals.filter(isFormula);
    const requested = result.ranking.reduce((s, e) => s.plus(e.requested), new Decimal(0));
    const recommended = result.ranking.reduce((s, e) => s.plus(e.recommended), new Decimal(0));
    expect(formulas.map((f) => f.result)).toEqual([requested.toNumber(), recommended.toNumber()]);
    expect(formulas[0]?.formula).toMatch(/^=SUBTOTAL\(109,[A-Z]+5:[A-Z]+\d+\)$/);
    const statuses = ranking.rows.slice(table.headerRow, table.lastRow - 1).map((r) => r[r.length - 2]);
    expect(
      statuses.every(
        (s) =>
          typeof s === "string" &&
          ["финансируется", "резерв", "ниже порога", "не допускается", "не оценена"].includes(s),
      ),
    ).toBe(true);
  });

  it("ranking: the direction's name, the total with the ranking's decimals, the status and its reason", () => {
    const ranking = byName(outputLayouts(input, result, ctx("ru")), "Рейтинг");
    const table = ranking.tables[0];
    if (!table) throw new Error("no table");
    expect(ranking.rows[table.headerRow - 1]?.slice(-3)).toEqual(["Рекомендовано", "Статус", "Причина"]);
    // 9 from each of 3 members on K1..K3, total 27; 100 000 requested of the 250 000 of direction 1
    expect(ranking.rows[table.headerRow]).toEqual([
      1,
      "A-01",
      'ОФ "Мээрим"',
      "1 — Поддержка пожилых и людей с ОВЗ",
      27,
      9,
      9,
      9,
      3,
      0,
      0,
      "да",
      100000,
      100000,
      "финансируется",
      "финансируется: запрошено 100\u00a0000,00 сом, по направлению 1 оставалось 250\u00a0000,00 сом",
    ]);
    expect(ranking.columns[4]).toMatchObject({ format: "decimal", numberFormat: "0.00" });
  });

  it("ranking: more decimals when 2 cannot tell two totals apart; not scored has no total", () => {
    const close = buildInput({
      program: { quorum: undefined, passScore: undefined },
      criteria: [{ code: "K1", maxScore: "100" }],
      commission: [{ name: "M1" }],
      scores: [
        { member: "M1", application: "A-01", scores: { K1: "69.0357" } },
        { member: "M1", application: "A-02", scores: { K1: "69.036" } },
        { member: "M1", application: "A-03", scores: { K1: "12" } },
      ],
    });
    const layout = byName(outputLayouts(close, analyze(close), ctx("en")), "Ranking");
    const table = layout.tables[0];
    if (!table) throw new Error("no table");
    expect(layout.columns[4]?.numberFormat).toBe("0.0000");
    const rows = layout.rows.slice(table.headerRow, table.lastRow - 1);
    expect(rows.map((r) => [r[1], r[4], r[r.length - 2], r[r.length - 1]])).toEqual([
      // direction 1: A-02 (120 000) first of 250 000, then A-01 (100 000) of the 130 000 left
      ["A-02", 69.036, "funded", "funded: 120,000.00 som requested, 250,000.00 som were left in direction 1"],
      [
        "A-01",
        69.0357,
        "funded",
        "funded: 100,000.00 som requested, 130,000.00 som were left in direction 1",
      ],
      ["A-03", 12, "funded", "funded: 50,000.00 som requested, 50,000.00 som were left in direction 2"],
      ["A-04", null, "not scored", "not scored: no score from the commission"],
    ]);
  });

  it("co-financing: shares as fractions of the engine's 0.01 % shares; program shares add up to exactly 100 %", () => {
    const sheet = byName(outputLayouts(input, result, ctx("ru")), "Софинансирование");
    expect(sheet.tables).toHaveLength(5);
    const programTable = sheet.tables[2];
    if (!programTable) throw new Error("no program table");
    const row = sheet.rows[programTable.headerRow] ?? [];
    const shares = result.cofinancing.program.shares;
    expect(row.slice(7, 12)).toEqual(
      [shares.grant, shares.localBudget, shares.community, shares.ngo, shares.other].map((s) =>
        s.div(100).toNumber(),
      ),
    );
    const total = Object.values(shares).reduce((s, v) => s.plus(v), new Decimal(0));
    expect(total.toFixed(2)).toBe("100.00");
    expect(sheet.columns.map((c) => c.format)).toEqual([
      "text",
      "money",
      "money",
      "money",
      "money",
      "money",
      "money",
      "percent",
      "percent",
      "percent",
      "percent",
      "percent",
      "money",
    ]);
  });

  it("tranches: dates as serials, percents as fractions, amounts and a cumulative that ends at the contract", () => {
    const sheet = byName(outputLayouts(input, result, ctx("ru")), "Транши");
    const table = sheet.tables[0];
    if (!table) throw new Error("no table");
    const first = sheet.rows[table.headerRow] ?? [];
    const schedule = result.tranches[0];
    const item = schedule?.items[0];
    if (!schedule || !item) throw new Error("no tranche");
    expect(first[0]).toBe(schedule.contract);
    expect(first[4]).toEqual({ date: Date.UTC(...isoParts(item.date)) / 86_400_000 + 25_569 });
    expect(first[5]).toBe(item.percent.div(100).toNumber());
    expect(first[6]).toBe(item.amount.toNumber());
  });

  it("discrepancies: errors first, translated, each with a link to its cell", () => {
    const findings: Finding[] = [
      {
        rule: "score-divergence",
        severity: "warning",
        address: { sheet: "Оценки", row: 3, col: 4 },
        message: "rules.score-divergence",
        params: {},
      },
      {
        rule: "direction-over-allocation",
        severity: "error",
        address: { sheet: "Заявки", row: 7, col: 6 },
        message: "rules.direction-over-allocation",
        expected: "250000.00",
        actual: "275000.00",
      },
      { rule: "source-vs-plan", severity: "info", message: "rules.source-vs-plan" },
    ];
    const withFindings: GszResult = { ...result, findings };
    const sheet = byName(outputLayouts(input, withFindings, ctx("ru")), "Расхождения");
    const table = sheet.tables[0];
    if (!table) throw new Error("no table");
    const rows = sheet.rows.slice(table.headerRow, table.lastRow);
    expect(rows.map((r) => r[0])).toEqual(["ошибка", "предупреждение", "сведения"]);
    expect(rows[0]?.slice(1, 4)).toEqual([
      "direction-over-allocation",
      "Заявки",
      { text: "F7", sheet: "Заявки", row: 7, col: 6 },
    ]);
    // Numbers as numbers in a General column, not text such as "250000.00"
    expect(rows[0]?.slice(5)).toEqual([250000, 275000]);
    expect(sheet.columns.slice(5).map((c) => c.format)).toEqual(["number", "number"]);
    expect(isLink(rows[0]?.[3])).toBe(true);
    expect(typeof rows[0]?.[4]).toBe("string");
    expect(rows[2]?.[3]).toBeNull();
    expect(sheet.highlights).toEqual([{ row: table.headerRow + 1, col: 1 }]);
  });

  it("an empty result still gives valid tables (a placeholder row, no totals)", () => {
    const empty: GszResult = { ...result, ranking: [], tranches: [], findings: [] };
    const layouts = outputLayouts(input, empty, ctx("en"));
    const discrepancies = byName(layouts, "Discrepancies");
    expect(discrepancies.rows[discrepancies.tables[0]?.headerRow ?? 0]?.[0]).toBe("No discrepancies found");
    const ranking = byName(layouts, "Ranking");
    expect(ranking.tables[0]?.totalsRow).toBeUndefined();
    expect(ranking.tables[0]?.lastRow).toBe((ranking.tables[0]?.headerRow ?? 0) + 1);
  });
});

function isoParts(iso: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  return [y, m - 1, d];
}
