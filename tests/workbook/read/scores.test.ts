import { analyze } from "../../../src/core/analyze";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { readInput } from "../../../src/workbook/read";
import { cloneSheets, minimalSheets } from "../../fixtures/example";

describe("Оценки: where a finding about all the scores points", () => {
  it("is the first cell of the header row", async () => {
    const result = await readInput(MemoryWorkbook.fromSheets(minimalSheets()));
    expect(result.input?.scoresAt).toEqual({ sheet: "Оценки", row: 3, col: 1 });
  });

  it("a workbook with no score at all: ONE no-scores error there, every application not-scored", async () => {
    const sheets = cloneSheets(minimalSheets());
    sheets["Оценки"] = [["Оценки"], [], ["Член комиссии", "№ заявки", "K1", "K2", "Комментарий"]];
    const read = await readInput(MemoryWorkbook.fromSheets(sheets));
    if (!read.input) throw new Error(JSON.stringify(read.problems));
    const result = analyze(read.input);
    expect(result.findings.filter((f) => f.rule === "no-scores")).toEqual([
      {
        rule: "no-scores",
        severity: "error",
        address: { sheet: "Оценки", row: 3, col: 1 },
        message: "rules.no-scores.program",
        params: { applications: 3 },
        actual: "0",
      },
    ]);
    expect(result.ranking.map((e) => [e.application, e.status, e.place])).toEqual([
      ["1", "not-scored", undefined],
      ["2", "not-scored", undefined],
      ["3", "not-scored", undefined],
    ]);
  });
});
