import { isEligibleOrganizationType } from "../../src/core/eligibility";

describe("isEligibleOrganizationType", () => {
  it.each([
    "Политическая партия",
    "партия",
    "ПРОФСОЮЗ",
    "Профессиональный  союз работников образования",
    "Религиозная организация",
    "религиозное объединение",
    "Мечеть",
    "Церковь",
    "political party",
    "Trade Union",
    "religious organization",
    "Саясий партия",
    "кесиптик бирлик",
    "Диний уюм",
  ])("refuses %j", (type) => {
    expect(isEligibleOrganizationType(type)).toBe(false);
  });

  it.each([
    "ОФ",
    "ОО",
    "ассоциация",
    "учреждение",
    "Общественный фонд",
    "партнёрство",
    "Союз НКО",
    "NGO",
    "",
    "  ",
  ])("accepts %j", (type) => {
    expect(isEligibleOrganizationType(type)).toBe(true);
  });
});
