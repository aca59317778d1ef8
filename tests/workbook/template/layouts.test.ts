import { LANGS } from "../../../src/i18n";
import type { SheetLayout } from "../../../src/workbook/port";
import { inputSheetKind } from "../../../src/workbook/read";
import { inputTemplateLayouts } from "../../../src/workbook/template";

const ALL = LANGS.flatMap((lang) => [true, false].map((example) => [lang, example] as const));

function header(layout: SheetLayout, row: number): string[] {
  return (layout.rows[row - 1] ?? []).map((v) => (typeof v === "string" ? v : ""));
}

describe("input templates", () => {
  it.each(ALL)("(%s, example %p) are the nine input sheets, as Excel tables", (lang, example) => {
    const layouts = inputTemplateLayouts(lang, example);
    expect(layouts.map((l) => inputSheetKind(l.name))).toEqual([
      "program",
      "applications",
      "budget",
      "criteria",
      "commission",
      "scores",
      "contracts",
      "payments",
      "reports",
    ]);
    const tableNames = layouts.flatMap((l) => l.tables.map((t) => t.name));
    expect(new Set(tableNames).size).toBe(tableNames.length);
    for (const layout of layouts) {
      expect(layout.tables).toHaveLength(1);
      for (const table of layout.tables) {
        expect(table.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        // An Excel table spans columns 1..columns.length: its header cells must be there, unique, non-empty.
        const cells = header(layout, table.headerRow).slice(0, layout.columns.length);
        expect(cells).toHaveLength(layout.columns.length);
        expect(cells.every((c) => c.trim() !== "")).toBe(true);
        expect(new Set(cells.map((c) => c.toLowerCase())).size).toBe(cells.length);
        expect(table.lastRow).toBeGreaterThan(table.headerRow);
        expect(table.lastRow).toBeLessThanOrEqual(layout.rows.length);
      }
      for (const row of layout.rows) expect(row.length).toBeLessThanOrEqual(layout.columns.length);
      for (const validation of layout.validations ?? []) {
        if (validation.rule.kind === "list") {
          // Excel keeps an inline list under 256 characters, commas included.
          expect(validation.rule.values.join(",").length).toBeLessThan(256);
          expect(validation.rule.values.every((v) => !v.includes(","))).toBe(true);
        }
        expect(validation.message).not.toBe("");
        expect(validation.lastCol).toBeLessThanOrEqual(layout.columns.length);
      }
      expect(layout.freezeRows).toBeGreaterThan(0);
      expect(layout.titleRows).toContain(1);
    }
  });

  it("formats money and date columns and offers lists where Excel can check them", () => {
    const [program, applications, budget, criteria] = inputTemplateLayouts("ru", true);
    const checks = criteria?.validations?.filter((v) => v.rule.kind !== "any");
    expect(checks?.map((v) => [v.firstCol, v.rule])).toEqual([
      [3, { kind: "decimal", min: 0, max: 1000 }],
      [4, { kind: "decimal", min: 0, max: 1000 }],
      [5, { kind: "decimal", min: 0, max: 1000 }],
    ]);
    expect(criteria?.validations?.[0]?.message).toBe("Введите число от 0 до 1000");
    expect(applications?.columns.map((c) => c.format)).toEqual([
      "text",
      "text",
      "text",
      "text",
      "text",
      "money",
      "money",
      "money",
      "money",
      "money",
      "money",
      "date",
      "date",
      "date",
      "text", // ИНН: text, so a leading zero stays
    ]);
    expect(applications?.validations?.[0]?.rule).toEqual({ kind: "list", values: ["1", "2", "3"] });
    expect(budget?.validations?.[0]?.rule).toMatchObject({ kind: "list" });
    const lists = (program?.validations ?? []).map((v) => v.rule);
    expect(lists).toContainEqual({ kind: "list", values: ["среднее", "медиана", "усечённое среднее"] });
    expect(lists).toContainEqual({ kind: "list", values: ["нет", "ранняя подача"] });
  });

  it("writes the program's parameters in the user's language", () => {
    const [program] = inputTemplateLayouts("en", false);
    expect(header(program ?? { name: "", rows: [], columns: [], tables: [] }, 3)).toEqual([
      "Parameter",
      "Value",
    ]);
    expect(program?.rows.map((r) => r[0])).toContain("Min co-financing, %");
  });
});
