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

describe("Оценки: the cells a score row was read from", () => {
  it("are the member, application and comment cells of its row, wherever the columns are", async () => {
    const sheets = cloneSheets(minimalSheets());
    sheets["Оценки"] = [
      ["Оценки"],
      [],
      [null, "Комментарий", "K1", "№ заявки", "K2", "Член комиссии"],
      [null, "ok", 7, "1", 8, "Иванов"],
      [null, null, 6, "2", 5, "Петров"],
    ];
    const read = await readInput(MemoryWorkbook.fromSheets(sheets));
    if (!read.input) throw new Error(JSON.stringify(read.problems));
    const [first, second] = read.input.scores;
    expect(first?.cells).toEqual({
      member: { sheet: "Оценки", row: 4, col: 6 },
      application: { sheet: "Оценки", row: 4, col: 4 },
      comment: { sheet: "Оценки", row: 4, col: 2 },
    });
    // An empty comment cell is still the row's comment cell.
    expect(second?.cells.comment).toEqual({ sheet: "Оценки", row: 5, col: 2 });
    expect(Object.keys(second?.cells ?? {})).toEqual(["member", "application", "comment"]);
    expect(second?.scoreCells).toEqual({
      K1: { sheet: "Оценки", row: 5, col: 3 },
      K2: { sheet: "Оценки", row: 5, col: 5 },
    });
  });

  it("have no comment cell when the sheet has no comment column", async () => {
    const sheets = cloneSheets(minimalSheets());
    sheets["Оценки"] = [
      ["Член комиссии", "№ заявки", "K1", "K2"],
      ["Иванов", "1", 7, 8],
    ];
    const read = await readInput(MemoryWorkbook.fromSheets(sheets));
    if (!read.input) throw new Error(JSON.stringify(read.problems));
    const cells = read.input.scores[0]?.cells;
    expect(cells).toEqual({
      member: { sheet: "Оценки", row: 2, col: 1 },
      application: { sheet: "Оценки", row: 2, col: 2 },
    });
    expect(cells && "comment" in cells).toBe(false);
    expect(cells?.comment).toBeUndefined();
  });
});
