import { inCi } from "./external-tools";

describe("one rule for suites that need LibreOffice or Chromium", () => {
  it("takes any CI value but empty, false and 0 as CI (GitHub sets true, others 1 or yes)", () => {
    expect(inCi({ CI: "true" })).toBe(true);
    expect(inCi({ CI: "1" })).toBe(true);
    expect(inCi({ CI: "yes" })).toBe(true);
    expect(inCi({ CI: "TRUE" })).toBe(true);
    expect(inCi({})).toBe(false);
    expect(inCi({ CI: "" })).toBe(false);
    expect(inCi({ CI: "false" })).toBe(false);
    expect(inCi({ CI: "0" })).toBe(false);
  });
});
