import { summaryText } from "../../src/app/summary";
import { analyze } from "../../src/core/analyze";
import { exampleInput } from "../../src/workbook/template";
import { buildInput, defaultScores } from "../support/build-input";

describe("summaryText", () => {
  it("counts the applications nobody scored apart from those below the pass score", () => {
    // The default four applications, A-04 without any score row.
    const input = buildInput({ scores: defaultScores().filter((s) => s.application !== "A-04") });
    const text = summaryText(input, analyze(input), "ru").split("\n")[1];
    expect(text).toBe(
      "Заявок: 4; финансируется: 3 на 270\u00a0000,00 сом из 400\u00a0000,00; резерв: 0; ниже порога: 0; не допускается: 0; не оценено: 1",
    );
  });
});

describe("summaryText after the contracts", () => {
  it("says what is paid, spent, releasable, held back and late when Платежи or Отчёты has rows", () => {
    const input = exampleInput();
    const lines = summaryText(input, analyze(input), "ru").split("\n");
    expect(lines[3]).toBe(
      "Исполнение на 30.09.2019: выплачено 229\u00a0500,00 сом из 395\u00a0000,00, израсходовано по принятым отчётам 178\u00a0962,00; следующий транш можно выплатить по договорам: 0, задержан: 1; просрочено траншей: 1",
    );
  });

  it("has no execution line without payments and reports", () => {
    const input = buildInput();
    expect(summaryText(input, analyze(input), "en")).not.toContain("Execution");
  });
});
