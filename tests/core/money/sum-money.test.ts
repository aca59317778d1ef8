import Decimal from "decimal.js";
import { sumMoney, ZERO } from "../../../src/core/money";

describe("sumMoney", () => {
  it("adds decimals exactly where floats would not", () => {
    expect(sumMoney([new Decimal("0.1"), new Decimal("0.2")]).toFixed()).toBe("0.3");
  });

  it("keeps every digit of large amounts", () => {
    const big = new Decimal("123456789012345678.91");
    expect(sumMoney([big, big, new Decimal("0.01")]).toFixed()).toBe("246913578024691357.83");
  });

  it("is zero for no amounts", () => {
    expect(sumMoney([]).equals(ZERO)).toBe(true);
  });
});
