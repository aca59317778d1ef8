import { translate, translateCount } from "../../src/i18n";

/** Counted phrases (translateCount): each language's plural forms, from Intl.PluralRules. */
describe("translateCount", () => {
  const programs = (lang: "ru" | "en" | "ky", n: number): string =>
    translateCount(lang, "consolidation.count.programs", n);
  const fromFiles = (lang: "ru" | "en" | "ky", n: number): string =>
    translateCount(lang, "consolidation.count.fromFiles", n);

  it("gives Russian its one, few and many forms, by the last digits", () => {
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => programs("ru", n))).toEqual([
      "1 программа",
      "2 программы",
      "4 программы",
      "5 программ",
      "11 программ",
      "12 программ",
      "14 программ",
      "21 программа",
      "22 программы",
      "25 программ",
      "101 программа",
      "111 программ",
    ]);
    expect([1, 3, 7, 21].map((n) => fromFiles("ru", n))).toEqual([
      "1 файла",
      "3 файлов",
      "7 файлов",
      "21 файла",
    ]);
  });

  it("gives English one and other, and Kyrgyz its one form after a number", () => {
    expect([0, 1, 2, 21].map((n) => programs("en", n))).toEqual([
      "0 programs",
      "1 program",
      "2 programs",
      "21 programs",
    ]);
    expect([1, 2, 5].map((n) => programs("ky", n))).toEqual(["1 программа", "2 программа", "5 программа"]);
    expect(fromFiles("ky", 3)).toBe("3 файлдан");
  });

  it("writes the consolidation's summary line without a (s) in every language", () => {
    const line = (lang: "ru" | "en" | "ky", p: number, f: number): string =>
      translate(lang, "cli.consolidate.summary", {
        programs: programs(lang, p),
        files: fromFiles(lang, f),
        total: "1",
        shares: "",
      });
    expect(line("en", 1, 1)).toBe("Consolidation: 1 program from 1 file; total 1 som: .");
    expect(line("en", 11, 12)).toBe("Consolidation: 11 programs from 12 files; total 1 som: .");
    expect(line("ru", 2, 21)).toBe("Сводка: 2 программы из 21 файла; итого 1 сом: .");
    expect(line("ky", 11, 12)).toBe("Жыйынтык: 12 файлдан 11 программа; бардыгы 1 сом: .");
  });

  it("falls back to the other form, and to the key when there is none", () => {
    // Kyrgyz has no `.one` of its own: 1 takes `.other`.
    expect(programs("ky", 1)).toBe("1 программа");
    expect(translateCount("en", "no.such.key", 2)).toBe("no.such.key");
  });
});
