import { consolidate } from "../../../src/core/consolidation";
import { figures, money, owing, project } from "./support";

describe("same-program-twice", () => {
  it("is an error naming both files at Программа, and neither file is counted", () => {
    const a = figures({ file: "kb-2019.xlsx" });
    const b = figures({ file: "kb-2019-v2.xlsx", municipality: "Г. КАРА-БАЛТА", program: "гсз" });
    const c = figures({ file: "other.xlsx", municipality: "Сокулук" });
    const result = consolidate([a, b, c]);
    const found = result.findings.filter((f) => f.rule === "same-program-twice");
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe("error");
    expect(found[0]?.at).toEqual({ file: "kb-2019.xlsx", address: { sheet: "Программа", row: 4, col: 1 } });
    expect(found[0]?.other).toEqual({
      file: "kb-2019-v2.xlsx",
      address: { sheet: "Программа", row: 4, col: 1 },
    });
    expect(result.excluded.get(0)).toEqual({ kind: "same-program-twice", other: "kb-2019-v2.xlsx" });
    expect(result.excluded.get(1)).toEqual({ kind: "same-program-twice", other: "kb-2019.xlsx" });
    expect(result.rows.map((r) => r.figures.file)).toEqual(["other.xlsx"]);
    expect(result.total.programs).toBe(1);
  });

  it("does not fire for another year, another program, or the same file read twice (counted once)", () => {
    const a = figures({ file: "kb.xlsx" });
    const result = consolidate([
      a,
      figures({ file: "kb-2020.xlsx", year: 2020 }),
      figures({ file: "kb-other.xlsx", program: "ГСЗ молодёжь" }),
      figures({ file: "copy/kb.xlsx", sha256: a.sha256 }),
    ]);
    expect(result.findings.filter((f) => f.rule === "same-program-twice")).toEqual([]);
    expect(result.rows).toHaveLength(3);
    const dup = result.findings.filter((f) => f.rule === "duplicate-source");
    expect(dup).toHaveLength(1);
    expect(dup[0]?.at.file).toBe("kb.xlsx");
    expect(dup[0]?.other.file).toBe("copy/kb.xlsx");
    expect(result.excluded.get(0)).toEqual({ kind: "duplicate-source", other: "copy/kb.xlsx" });
    expect(result.total.cofinancing.sources.grant.toFixed(2)).toBe("300000.00");
  });
});

describe("same-project-funded-twice", () => {
  const org = "ОФ «Билек»";
  it("warns at both files' Заявки cells when the same organization's project is funded twice in overlapping periods", () => {
    const a = figures({
      file: "a.xlsx",
      fundedProjects: [
        project({ organization: org, project: "Детский сад", address: { sheet: "Заявки", row: 5, col: 2 } }),
      ],
    });
    const b = figures({
      file: "b.xlsx",
      municipality: "Сумбула",
      fundedProjects: [
        project({
          organization: "Билек",
          project: "«Детский сад»",
          start: "2019-06-01",
          end: "2020-05-31",
          address: { sheet: "Заявки", row: 7, col: 2 },
        }),
      ],
    });
    const found = consolidate([b, a]).findings.filter((f) => f.rule === "same-project-funded-twice");
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe("warning");
    // Named at the later program in the canonical order (year, municipality, program): г. Кара-Балта.
    expect(found[0]?.at).toEqual({ file: "a.xlsx", address: { sheet: "Заявки", row: 5, col: 2 } });
    expect(found[0]?.other).toEqual({ file: "b.xlsx", address: { sheet: "Заявки", row: 7, col: 2 } });
    expect(found[0]?.params).toMatchObject({ start: "2019-03-01", otherStart: "2019-06-01" });
  });

  it("does not fire for periods that do not overlap, another project, or a different ИНН with the same name", () => {
    const a = figures({
      file: "a.xlsx",
      fundedProjects: [project({ organization: org, tin: "02207201410055" })],
    });
    const later = figures({
      file: "later.xlsx",
      year: 2020,
      fundedProjects: [project({ organization: org, start: "2020-01-01", end: "2020-12-31" })],
    });
    const other = figures({
      file: "other.xlsx",
      municipality: "Сумбула",
      fundedProjects: [project({ organization: org, project: "Другой проект" })],
    });
    const otherTin = figures({
      file: "tin.xlsx",
      municipality: "Катран",
      fundedProjects: [project({ organization: org, tin: "02207201410056" })],
    });
    expect(
      consolidate([a, later, other, otherTin]).findings.filter((f) => f.rule === "same-project-funded-twice"),
    ).toEqual([]);
  });

  it("fires for the same ИНN under another name", () => {
    const a = figures({
      file: "a.xlsx",
      fundedProjects: [project({ organization: org, tin: "02207201410055" })],
    });
    const b = figures({
      file: "b.xlsx",
      municipality: "Катран",
      fundedProjects: [project({ organization: "Билек-Плюс", tin: "02207201410055" })],
    });
    expect(consolidate([a, b]).findings.map((f) => f.rule)).toEqual(["same-project-funded-twice"]);
  });
});

describe("funded-with-grant-to-return", () => {
  const org = "ОО «Айкөл»";
  it("warns at the later funded application, naming the earlier file's contract, for money to return", () => {
    const early = figures({
      file: "2019.xlsx",
      owing: [owing({ organization: "Айкөл", toReturn: money("1250.50") })],
    });
    const late = figures({
      file: "2020.xlsx",
      year: 2020,
      fundedProjects: [project({ organization: org, start: "2020-02-01", end: "2020-12-31" })],
    });
    const found = consolidate([late, early]).findings;
    expect(found).toHaveLength(1);
    expect(found[0]?.rule).toBe("funded-with-grant-to-return");
    expect(found[0]?.message).toBe("rules.funded-with-grant-to-return");
    expect(found[0]?.at).toEqual({ file: "2020.xlsx", address: { sheet: "Заявки", row: 4, col: 2 } });
    expect(found[0]?.other).toEqual({ file: "2019.xlsx", address: { sheet: "Договоры", row: 3, col: 1 } });
    expect(found[0]?.params).toMatchObject({ amount: "1250.50", year: 2020, otherYear: 2019 });
  });

  it("warns for an overdue report with its own message", () => {
    const early = figures({ file: "2019.xlsx", owing: [owing({ organization: org, reportOverdue: true })] });
    const late = figures({ file: "2020.xlsx", year: 2020, fundedProjects: [project({ organization: org })] });
    expect(consolidate([early, late]).findings.map((f) => f.message)).toEqual([
      "rules.funded-with-grant-to-return.report",
    ]);
  });

  it("does not fire in the same or an earlier year, for another organization, or a different ИНН", () => {
    const early = figures({
      file: "2019.xlsx",
      owing: [owing({ organization: org, tin: "02207201410055", toReturn: money(10) })],
    });
    const same = figures({
      file: "same.xlsx",
      municipality: "Катран",
      fundedProjects: [project({ organization: org })],
    });
    const before = figures({
      file: "2018.xlsx",
      year: 2018,
      fundedProjects: [project({ organization: org, start: "2018-03-01", end: "2018-12-31" })],
    });
    const other = figures({
      file: "o.xlsx",
      year: 2020,
      fundedProjects: [project({ organization: "ОО «Айкан»" })],
    });
    const tin = figures({
      file: "t.xlsx",
      year: 2021,
      fundedProjects: [project({ organization: org, tin: "02207201410056" })],
    });
    const found = consolidate([early, same, before, other, tin]).findings;
    expect(found.filter((f) => f.rule === "funded-with-grant-to-return")).toEqual([]);
  });
});

describe("many programs of one organization", () => {
  const org = "ОФ «Билек»";
  it("chains same-project-funded-twice to the nearest earlier program instead of every pair", () => {
    const list = ["a", "b", "c", "d"].map((m) =>
      figures({ file: `${m}.xlsx`, municipality: m, fundedProjects: [project({ organization: org })] }),
    );
    const found = consolidate(list).findings;
    expect(found.map((f) => [f.at.file, f.other.file])).toEqual([
      ["b.xlsx", "a.xlsx"],
      ["c.xlsx", "b.xlsx"],
      ["d.xlsx", "c.xlsx"],
    ]);
  });

  it("names the latest earlier program owing money, once per funded application", () => {
    const owes = (year: number) =>
      figures({ file: `${year}.xlsx`, year, owing: [owing({ organization: org, toReturn: money(year) })] });
    const late = figures({
      file: "2021.xlsx",
      year: 2021,
      fundedProjects: [project({ organization: org, start: "2021-01-01", end: "2021-12-31" })],
    });
    const found = consolidate([owes(2018), owes(2019), late]).findings;
    expect(found.map((f) => [f.at.file, f.other.file, f.params.amount])).toEqual([
      ["2021.xlsx", "2019.xlsx", "2019.00"],
    ]);
  });
});
