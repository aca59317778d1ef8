import { stampTime } from "../../src/cli/io";

describe("the time stamped on outputs", () => {
  it("is SOURCE_DATE_EPOCH when it is a whole number of seconds", () => {
    expect(stampTime({ SOURCE_DATE_EPOCH: "1700000000" }).toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(stampTime({ SOURCE_DATE_EPOCH: " 0 " }).toISOString()).toBe("1970-01-01T00:00:00.000Z");
  });

  it("is the clock when SOURCE_DATE_EPOCH is absent or not a number of seconds", () => {
    for (const value of [undefined, "", "abc", "-5", "1.5", "2023-11-14"]) {
      const before = Date.now();
      const at = stampTime({ SOURCE_DATE_EPOCH: value }).getTime();
      expect(at).toBeGreaterThanOrEqual(before);
      expect(at).toBeLessThanOrEqual(Date.now());
    }
  });
});
