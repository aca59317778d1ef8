import Decimal from "decimal.js";
import { parseScheme } from "../../../src/core/tranches";

const parsed = (text: string): string[] | undefined => {
  const result = parseScheme(text);
  return result.ok ? result.percents.map((p) => p.toString()) : undefined;
};

describe("parseScheme", () => {
  it.each([
    ["50/30/20", ["50", "30", "20"]],
    ["33.33/33.33/33.34", ["33.33", "33.33", "33.34"]],
    ["100", ["100"]],
    ["50 / 50", ["50", "50"]],
    ["50%/50%", ["50", "50"]],
    ["50 % / 50 %", ["50", "50"]],
    ["33,33/33,33/33,34", ["33.33", "33.33", "33.34"]],
    ["40;40;20", ["40", "40", "20"]],
    [" 10\u00a0/ 80 / 10 ", ["10", "80", "10"]],
  ])("reads %j", (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it("reads a scheme that does not sum to 100 (that is a finding, not a parse error)", () => {
    expect(parsed("50/30")).toEqual(["50", "30"]);
  });

  it.each(["", "50//50", "abc", "50/-50", "50/0/50", "1,5,5/2", "50 50", "50/30/20/"])(
    "refuses %j",
    (text) => {
      expect(parseScheme(text)).toEqual({ ok: false });
    },
  );

  it("trims every space around a part and its % sign, and only a trailing %", () => {
    expect(parseScheme("   50  /\u00a0\u00a050 %  ")).toEqual({
      ok: true,
      percents: [new Decimal(50), new Decimal(50)],
    });
    expect(parseScheme("50%5/50").ok).toBe(false);
  });
});
