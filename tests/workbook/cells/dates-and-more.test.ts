import Decimal from "decimal.js";
import {
  isoToSerial,
  normalizeHeader,
  parseCell,
  parseDate,
  parseDateList,
  parseIdList,
  parseId,
  parseSchemeCell,
  parseScore,
  parseText,
  serialToIso,
} from "../../../src/workbook/cells";
import fc from "fast-check";
import {
  MAX_SERIAL,
  MIN_SERIAL,
  anySerialToIso,
  isoToDateValue,
  serialToUtcDate,
  utcDateToSerial,
} from "../../../src/workbook/cells/serial";
import type { CellValue } from "../../../src/workbook/port";

describe("dates", () => {
  it.each<[CellValue, string]>([
    ["01.03.2019", "2019-03-01"],
    ["1.3.2019", "2019-03-01"],
    ["01.03.2019 г.", "2019-03-01"],
    ["2019-03-01", "2019-03-01"],
    ["2019-03-01T00:00:00Z", "2019-03-01"],
    [" 29.02.2020 ", "2020-02-29"],
    [{ date: 43525 }, "2019-03-01"],
    [{ date: 43525.75 }, "2019-03-01"],
    [43525, "2019-03-01"],
  ])("reads %p as %s", (input, expected) => {
    const parsed = parseDate(input);
    expect(parsed.ok ? parsed.value : parsed.key).toBe(expected);
  });

  it.each<[CellValue, string]>([
    ["31.02.2019", "workbook.cell.dateInvalid"],
    ["29.02.2019", "workbook.cell.dateInvalid"],
    ["00.01.2019", "workbook.cell.dateInvalid"],
    ["01.13.2019", "workbook.cell.dateInvalid"],
    ["2019-02-30", "workbook.cell.dateInvalid"],
    ["01.03.0219", "workbook.cell.dateInvalid"],
    ["03/01/2019", "workbook.cell.date"],
    ["1 марта 2019", "workbook.cell.date"],
    ["завтра", "workbook.cell.date"],
    ["01.03.19", "workbook.cell.date"],
    [2019, "workbook.cell.date"],
    [5, "workbook.cell.date"],
    [true, "workbook.cell.date"],
    [Number.NaN, "workbook.cell.date"],
  ])("refuses %p with %s", (input, key) => {
    const parsed = parseDate(input);
    expect(parsed.ok ? parsed.value : parsed.key).toBe(key);
  });

  it("converts serials both ways", () => {
    expect(isoToSerial("2019-03-01")).toBe(43525);
    expect(serialToIso(43525)).toBe("2019-03-01");
    expect(serialToIso(isoToSerial("2100-12-31"))).toBe("2100-12-31");
    expect(serialToIso(1)).toBeUndefined();
  });

  it("reads tranche date lists", () => {
    const parsed = parseDateList("01.04.2019; 01.07.2019;2019-10-01");
    expect(parsed.ok && parsed.value).toEqual(["2019-04-01", "2019-07-01", "2019-10-01"]);
    expect(parseDateList({ date: 43525 })).toEqual({ ok: true, value: ["2019-03-01"] });
    expect(parseDateList("01.04.2019; потом").ok).toBe(false);
    expect(parseDateList(" ; ").ok).toBe(false);
  });
});

describe("scores", () => {
  it.each<[CellValue, string]>([
    [null, "missing"],
    ["  ", "missing"],
    ["отвод", "recused"],
    ["ОТВОД", "recused"],
    ["Конфликт", "recused"],
    ["—", "recused"],
    ["–", "recused"],
    ["-", "recused"],
    ["x", "recused"],
    ["Х", "recused"],
    ["recused", "recused"],
    ["conflict", "recused"],
    [8, "number:8"],
    ["8,5", "number:8.5"],
    [-3, "number:-3"],
    ["abc", "workbook.cell.score"],
    [true, "workbook.cell.score"],
    [{ date: 43525 }, "workbook.cell.score"],
  ])("reads %p as %s", (input, expected) => {
    const parsed = parseScore(input);
    const shown = !parsed.ok
      ? parsed.key
      : parsed.value.kind === "number"
        ? `number:${parsed.value.value.toString()}`
        : parsed.value.kind;
    expect(shown).toBe(expected);
  });
});

describe("text, ids and lists", () => {
  it("reads ids from text and numbers", () => {
    expect(parseId(7)).toEqual({ ok: true, value: "7" });
    expect(parseId(" A-01 ")).toEqual({ ok: true, value: "A-01" });
    expect(parseId(true).ok).toBe(false);
    expect(parseText("ОФ  «Ак-Ниет»")).toEqual({ ok: true, value: "ОФ «Ак-Ниет»" });
  });

  it("splits recusals on , and ;", () => {
    expect(parseIdList("1, 3; 5")).toEqual({ ok: true, value: ["1", "3", "5"] });
    expect(parseIdList(4)).toEqual({ ok: true, value: ["4"] });
    expect(parseIdList(3.5).ok).toBe(false);
  });

  it("reads tranche schemes", () => {
    const parsed = parseSchemeCell("50/30/20");
    expect(parsed.ok && parsed.value.map(String)).toEqual(["50", "30", "20"]);
    expect(parseSchemeCell(100)).toEqual({ ok: true, value: [new Decimal(100)] });
    expect(parseSchemeCell("33,33/33,33/33,34").ok).toBe(true);
    expect(parseSchemeCell("половина").ok).toBe(false);
    expect(parseSchemeCell("50//50").ok).toBe(false);
    expect(parseSchemeCell(true).ok).toBe(false);
  });

  it("refuses Excel errors whatever the type", () => {
    for (const type of ["text", "money", "date", "score", "category"] as const) {
      expect(parseCell(type, { error: "#REF!" })).toEqual({
        ok: false,
        key: "workbook.cell.errorValue",
        params: { got: "#REF!" },
      });
    }
  });

  it("reads categories, aggregation and tie-breaks in any language", () => {
    expect(parseCell("category", "Оплата труда")).toEqual({ ok: true, value: "staff" });
    expect(parseCell("category", "social fund")).toEqual({ ok: true, value: "social-fund" });
    expect(parseCell("category", "Эмгек акы")).toEqual({ ok: true, value: "staff" });
    expect(parseCell("category", "Админ. расходы")).toEqual({ ok: true, value: "administrative" });
    expect(parseCell("category", "Пиво").ok).toBe(false);
    expect(parseCell("aggregation", "Усеченное среднее")).toEqual({ ok: true, value: "trimmed-mean" });
    expect(parseCell("aggregation", "median")).toEqual({ ok: true, value: "median" });
    expect(parseCell("tieBreak", "Ранняя подача")).toEqual({ ok: true, value: "earlier-submission" });
    expect(parseCell("tieBreak", "жок")).toEqual({ ok: true, value: "none" });
  });
});

describe("header normalization", () => {
  it.each([
    ["Грант, сом", "грант"],
    ["Грант (сом)", "грант"],
    ["  ГРАНТ  ", "грант"],
    ["Мин. софинансирование, %", "мин софинансирование"],
    ["Мин. софинансирование (%)", "мин софинансирование"],
    ["№ заявки", "№ заявки"],
    ["No заявки", "№ заявки"],
    ["# заявки", "№ заявки"],
    ["№заявки", "№ заявки"],
    ["Усечённое", "усеченное"],
    ["Local\u00A0budget, KGS", "local budget"],
    ["План: НКО", "план нко"],
  ])("%s → %s", (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});

describe("Excel date serials: one conversion for the whole project", () => {
  it("agrees with Excel at the edges of the 1900 system and of the program range", () => {
    expect(anySerialToIso(61)).toBe("1900-03-01");
    expect(anySerialToIso(60)).toBeUndefined();
    expect(serialToIso(MIN_SERIAL)).toBe("1990-01-01");
    expect(serialToIso(MIN_SERIAL - 1)).toBeUndefined();
    expect(serialToIso(MAX_SERIAL)).toBe("2100-12-31");
    expect(isoToDateValue("2019-03-01")).toEqual({ date: 43525 });
  });

  it("property: ISO → serial → ISO and serial → UTC date → serial are identities", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2_958_465 }),
        fc.integer({ min: 0, max: 86_399_999 }),
        (day, ms) => {
          const iso = anySerialToIso(day);
          if (iso === undefined || isoToSerial(iso) !== day) return false;
          const serial = day + ms / 86_400_000;
          const back = utcDateToSerial(serialToUtcDate(serial));
          return Math.abs(back - serial) < 1 / 86_400_000 && anySerialToIso(back) === iso;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
