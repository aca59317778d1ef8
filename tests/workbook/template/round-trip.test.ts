import { LANGS } from "../../../src/i18n";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { readInput } from "../../../src/workbook/read";
import { exampleInput, inputTemplateLayouts } from "../../../src/workbook/template";

describe("templates read back", () => {
  it.each(LANGS)("the %s example reads back without problems, with every value", async (lang) => {
    const book = MemoryWorkbook.fromLayouts(inputTemplateLayouts(lang, true));
    const read = await readInput(book, { lang });
    expect(read.problems).toEqual([]);
    const input = read.input;
    if (!input) throw new Error("no input");
    expect(input.program.year).toBe(2019);
    expect(input.program.start).toBe("2019-03-01");
    expect(input.program.end).toBe("2019-12-31");
    expect(input.program.budget.toFixed(2)).toBe("400000.00");
    expect(input.program.directions.map((d) => d.allocated.toFixed(2))).toEqual([
      "250000.00",
      "50000.00",
      "100000.00",
    ]);
    expect(input.program.trancheScheme.map((p) => p.toString())).toEqual(["50", "30", "20"]);
    expect(input.program.trancheRounding.toString()).toBe("0.01");
    expect(input.program.aggregation).toBe("mean");
    expect(input.program.tieBreak).toBe("earlier-submission");
    expect(input.program.quorum).toBe(7);
    expect(input.applications).toHaveLength(9);
    expect(input.criteria).toHaveLength(6);
    expect(input.commission).toHaveLength(9);
    expect(input.scores).toHaveLength(81);
    expect(input.contracts).toHaveLength(5);
    expect(input.budgetLines.length).toBeGreaterThan(30);
    const recused = input.scores.filter((s) => Object.values(s.scores).some((c) => c.kind === "recused"));
    expect(recused).toHaveLength(1);
    expect(recused[0]?.application).toBe("2");
    expect(input.commission[3]?.recusedFrom).toEqual(["2"]);
    expect(input.contracts[3]?.dates).toEqual(["2019-04-01", "2019-07-01", "2019-10-01"]);
    const sheet = inputTemplateLayouts(lang, false)[1]?.name;
    expect(input.applications[0]?.cells.grant).toEqual({ sheet, row: 4, col: 6 });
    expect(input.program.cells.budget).toEqual({
      sheet: inputTemplateLayouts(lang, false)[0]?.name,
      row: 9,
      col: 2,
    });
  });

  it.each(LANGS)("the blank %s template names what is missing, and reads no rows", async (lang) => {
    const book = MemoryWorkbook.fromLayouts(inputTemplateLayouts(lang, false));
    const read = await readInput(book, { lang });
    // Only the six required program values are empty, each at its Значение cell; every table is found.
    expect(read.problems.map((p) => p.message)).toEqual(Array(6).fill("workbook.cell.required"));
    expect(read.problems.map((p) => [p.address.row, p.address.col])).toEqual(
      [4, 5, 6, 7, 8, 9].map((r) => [r, 2]),
    );
  });
});

describe("exampleInput", () => {
  it("gives the example program with its cell addresses", () => {
    const input = exampleInput("en");
    expect(input.program.municipality).toBe("Kara-Balta");
    expect(input.applications[0]?.cells.id).toEqual({ sheet: "Applications", row: 4, col: 1 });
  });
});
