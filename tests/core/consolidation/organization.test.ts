import { organizationKey, projectKey, sameOrganization } from "../../../src/core/consolidation";

describe("recognising an organization across programs", () => {
  it.each([
    ["ОФ «Ак-Ниет»", "Ак-Ниет"],
    ['ОО "Айкөл"', "айкөл"],
    ["Общественный фонд «Билек»", "ОФ Билек"],
    ["«Инсан Лейлек»", "НКО «Инсан-Лейлек»"],
    ["ОсОО  «Нур   Сервис»", "нур сервис"],
    ["«Ак-Ниет» КФ", "ОФ «Ак-Ниет»"],
    ["Фонд «Семья – каждому ребёнку»", "ОФ «Семья - каждому ребенку»"],
    ["PF Ak-Niet", "Ak-Niet Foundation"],
  ])("%s is the same name as %s", (a, b) => {
    expect(organizationKey(a)).toBe(organizationKey(b));
  });

  it.each([
    ["ОФ «Ак-Ниет»", "ОФ «Ак-Ниет Плюс»"],
    ["ОО «Айкөл»", "ОО «Айкан»"],
  ])("%s is not %s", (a, b) => {
    expect(organizationKey(a)).not.toBe(organizationKey(b));
  });

  it("keeps a name that is only a legal form, so it does not match every other name", () => {
    expect(organizationKey("Фонд")).toBe("фонд");
    expect(organizationKey("Фонд")).not.toBe(organizationKey("ОФ «Билек»"));
  });

  it("compares ИНН when both sides have one, else the name", () => {
    const a = { organization: "ОФ «Билек»", tin: "02207201410055" };
    expect(sameOrganization(a, { organization: "Билек", tin: "02207201410055" })).toBe(true);
    expect(sameOrganization(a, { organization: "ОФ «Билек»", tin: "02207201410056" })).toBe(false);
    expect(sameOrganization(a, { organization: "Фонд Билек" })).toBe(true);
    expect(sameOrganization(a, { organization: "Другое имя", tin: "02207201410055" })).toBe(true);
    expect(sameOrganization(a, { organization: "Другое имя" })).toBe(false);
  });

  it("compares projects by their words", () => {
    expect(projectKey("«Мы готовы к школе»")).toBe(projectKey("Мы  готовы к школе!"));
    expect(projectKey("Мы готовы к школе")).not.toBe(projectKey("Мы готовы к школе 2"));
  });
});
