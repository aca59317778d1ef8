import { summaryText } from "../../src/app/summary";
import { analyze } from "../../src/core/analyze";
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
