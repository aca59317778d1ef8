import Decimal from "decimal.js";
import { roundHalfUp } from "../../../src/core/money";

describe("roundHalfUp", () => {
  it.each([
    ["2.345", "0.01", "2.35"],
    ["2.344", "0.01", "2.34"],
    ["-2.345", "0.01", "-2.35"],
    ["-2.344", "0.01", "-2.34"],
    ["12.5", "1", "13"],
    ["-12.5", "1", "-13"],
    ["12.49", "1", "12"],
    ["1000000.005", "0.01", "1000000.01"],
    ["0.125", "0.25", "0.25"],
    ["123456789012.345", "0.01", "123456789012.35"],
  ])("rounds %s to %s as Excel ROUND does → %s", (value, unit, expected) => {
    expect(roundHalfUp(value, unit).toFixed()).toBe(new Decimal(expected).toFixed());
  });

  it("uses tyiyn (0.01) by default", () => {
    expect(roundHalfUp("10.005").toFixed()).toBe("10.01");
  });

  it("rejects a unit that is not positive", () => {
    expect(() => roundHalfUp("1", "0")).toThrow(new RangeError("rounding unit must be positive: 0"));
    expect(() => roundHalfUp("1", "-1")).toThrow(new RangeError("rounding unit must be positive: -1"));
  });
});
