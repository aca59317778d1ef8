import { takeScores } from "../../src/cli/scores-args";

describe("--scores on the command line", () => {
  it("takes every path after the flag up to the next option, and repeated or = forms", () => {
    expect(takeScores(["run", "in.xlsx", "--scores", "a.xlsx", "b.xlsx", "-o", "out.xlsx"])).toEqual({
      rest: ["run", "in.xlsx", "-o", "out.xlsx"],
      scores: ["a.xlsx", "b.xlsx"],
      given: true,
    });
    expect(takeScores(["run", "in.xlsx", "--scores=a.xlsx", "--scores", "b.xlsx"])).toEqual({
      rest: ["run", "in.xlsx"],
      scores: ["a.xlsx", "b.xlsx"],
      given: true,
    });
    expect(takeScores(["run", "in.xlsx"])).toEqual({ rest: ["run", "in.xlsx"], scores: [], given: false });
  });
});
