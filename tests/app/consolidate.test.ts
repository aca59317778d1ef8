import { FILE_OPENER } from "../../src/adapters/files";
import { consolidateSources, type ConsolidationSource } from "../../src/app";
import { SOURCE_KEYS } from "../../src/core/model";
import { PILOTS_2013_2015, PILOTS_2013_2015_TOTAL } from "../fixtures/pilots-2013-2015";
import { pilotSheets, pilotWorkbooks, sheetsToXlsx } from "../support/pilots";

const NOW = new Date("2026-12-06T10:00:00Z");

async function run(sources: ConsolidationSource[], lang: "ru" | "en" | "ky" = "ru") {
  return consolidateSources(sources, { lang, now: NOW, opener: FILE_OPENER });
}

describe("the 2013–2015 pilots consolidated (the report's Table 1)", () => {
  let outcome: Awaited<ReturnType<typeof run>>;
  let books: Awaited<ReturnType<typeof pilotWorkbooks>>;
  beforeAll(async () => {
    books = await pilotWorkbooks();
    outcome = await run(books);
  });

  it("reads every pilot's workbook, each a program without errors: 2 applications, 1 funded", () => {
    expect(outcome.unusable).toEqual([]);
    expect(outcome.sources.every((s) => s.included)).toBe(true);
    expect(outcome.consolidation.rows).toHaveLength(11);
    for (const row of outcome.consolidation.rows) {
      expect([row.submitted, row.funded, row.errors]).toEqual([2, 1, 0]);
    }
  });

  it.each(PILOTS_2013_2015.map((p) => [p.municipality, p]))(
    "%s: row as in Table 1",
    (municipality, pilot) => {
      const row = outcome.consolidation.rows.find((r) => r.figures.municipality === municipality);
      const c = row?.cofinancing;
      expect([
        c?.sources.grant.toFixed(2),
        c?.sources.localBudget.toFixed(2),
        c?.sources.community.toFixed(2),
        c?.sources.ngo.toFixed(2),
        c?.total.toFixed(2),
      ]).toEqual(
        [pilot.grant, pilot.localBudget, pilot.community, pilot.ngo, pilot.total].map((v) => `${v}.00`),
      );
    },
  );

  it("totals 13 952 151.00 with 78.84 / 11.65 / 8.95 / 0.56 % (grant / local budget / community / NGO)", () => {
    const total = outcome.consolidation.total.cofinancing;
    expect(total.total.toFixed(2)).toBe(`${PILOTS_2013_2015_TOTAL.total}.00`);
    expect(total.sources.localBudget.toFixed(2)).toBe(`${PILOTS_2013_2015_TOTAL.localBudget}.00`);
    expect(SOURCE_KEYS.map((k) => total.shares[k].toFixed(2))).toEqual([
      "78.84",
      "11.65",
      "8.95",
      "0.56",
      "0.00",
    ]);
    expect(outcome.report.consolidation.total.total).toBe("13952151.00");
    expect(outcome.report.consolidation.total.shares.grant).toBe("78.84");
  });

  it("writes Сводка, Источники and Расхождения with the grand total's cells feeding the chart", async () => {
    const [summary, sources, findings] = outcome.layouts;
    expect(outcome.layouts.map((l) => l.name)).toEqual(["Сводка", "Источники", "Расхождения"]);
    // The chart is on the layout unless a shell asks for none.
    const plain = await consolidateSources(books, {
      lang: "ru",
      now: NOW,
      opener: FILE_OPENER,
      drawChart: false,
    });
    expect(plain.layouts[0]?.charts).toBeUndefined();
    // The same cells either way: the chart only takes empty rows of its own.
    const filled = (rows: readonly (readonly unknown[])[] | undefined) => rows?.filter((r) => r.length > 0);
    expect(filled(summary?.rows)).toEqual(filled(plain.layouts[0]?.rows));
    const chart = summary?.charts?.[0];
    expect(chart?.kind).toBe("pie");
    // One colour-blind-safe colour per source slice, as the program's own pie has.
    expect(chart?.series[0]?.pointColors).toEqual(["0072B2", "E69F00", "009E73", "56B4E9", "CC79A7"]);
    const values = chart?.series[0]?.values;
    const totals = summary?.rows[(values?.firstRow ?? 0) - 1];
    expect(totals?.[0]).toBe("Итого");
    const shown = totals
      ?.slice((values?.firstCol ?? 1) - 1, values?.lastCol)
      .map((v) => (v !== null && typeof v === "object" && "result" in v ? v.result : v));
    expect(shown).toEqual([11000000, 1625850, 1248126, 78175, 0]);
    expect(
      summary?.rows[(chart?.categories.firstRow ?? 0) - 1]?.[(chart?.categories.firstCol ?? 1) - 1],
    ).toBe("Грант");
    expect(summary?.pageSetup?.orientation).toBe("landscape");
    // Источники: every file with its fingerprint; the stamp carries the consolidation's fingerprint.
    const listed = sources?.rows.filter((r) => typeof r[2] === "string" && /^[0-9a-f]{64}$/.test(r[2]));
    expect(listed).toHaveLength(11);
    expect(String(summary?.rows[1]?.[0])).toContain(`SHA-256: ${outcome.fingerprint}`);
    expect(findings?.rows.some((r) => r[0] === "Расхождений между программами нет")).toBe(true);
  });

  it("is the same whatever order the files come in, except Источники", async () => {
    const reversed = await run([...books].reverse());
    expect(reversed.layouts[0]?.rows).toEqual(outcome.layouts[0]?.rows);
    expect(reversed.fingerprint).toBe(outcome.fingerprint);
    expect(reversed.sources.map((s) => s.file)).toEqual(outcome.sources.map((s) => s.file).reverse());
  });

  it("speaks English and Kyrgyz too", async () => {
    const en = await run(books.slice(0, 2), "en");
    expect(en.layouts.map((l) => l.name)).toEqual(["Consolidation", "Sources", "Discrepancies"]);
    const ky = await run(books.slice(0, 2), "ky");
    expect(ky.layouts.map((l) => l.name)).toEqual(["Жыйынтык", "Булактар", "Дал келбестиктер"]);
  });
});

describe("files that cannot be used", () => {
  it("names each unusable file with its reason and consolidates the rest", async () => {
    const [first] = PILOTS_2013_2015;
    if (!first) throw new Error("no pilot");
    const good = await sheetsToXlsx(pilotSheets(first));
    const notGsz = await sheetsToXlsx({ Лист1: [["Просто таблица"]] });
    const outcome = await run([
      { name: "good.xlsx", bytes: good },
      { name: "text.xlsx", bytes: new TextEncoder().encode("Муниципалитет;Грант\nКатран;1000000\n") },
      { name: "damaged.xlsx", bytes: good.slice(0, good.length >> 1) },
      { name: "other.xlsx", bytes: notGsz },
      { name: "missing.xlsx", problem: { key: "files.missing", params: { file: "missing.xlsx" } } },
    ]);
    expect(outcome.unusable.map((u) => u.file)).toEqual([
      "text.xlsx",
      "damaged.xlsx",
      "other.xlsx",
      "missing.xlsx",
    ]);
    for (const u of outcome.unusable) expect(u.reasons.join(" ").length).toBeGreaterThan(10);
    expect(outcome.sources.map((s) => s.included)).toEqual([true, false, false, false, false]);
    expect(outcome.sources[1]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(outcome.sources[4]?.sha256).toBeUndefined();
    expect(outcome.consolidation.total.cofinancing.total.toFixed(2)).toBe(`${first.total}.00`);
    expect(outcome.report.consolidation.sources[3]?.included).toBe(false);
    expect(outcome.report.consolidation.sources[3]?.reason).toContain("Программа");
  });

  it("leaves out both files of a program given twice with different contents, naming both", async () => {
    const [first] = PILOTS_2013_2015;
    if (!first) throw new Error("no pilot");
    const sheets = pilotSheets(first);
    const changed = pilotSheets({ ...first, community: "20000" });
    const outcome = await run([
      { name: "a.xlsx", bytes: await sheetsToXlsx(sheets) },
      { name: "b.xlsx", bytes: await sheetsToXlsx(changed) },
    ]);
    expect(outcome.clashing.map((c) => c.file)).toEqual(["a.xlsx", "b.xlsx"]);
    expect(outcome.consolidation.rows).toEqual([]);
    const finding = outcome.report.consolidation.findings[0];
    expect(finding).toMatchObject({
      rule: "same-program-twice",
      severity: "error",
      file: "b.xlsx",
      sheet: "Программа",
      cell: "B5",
    });
    expect(finding?.other).toEqual({ file: "a.xlsx", sheet: "Программа", cell: "B5" });
  });
});
