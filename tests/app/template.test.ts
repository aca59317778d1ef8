import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { createTemplate, inspectTemplate, planTemplate, templateLayouts } from "../../src/app/template";
import { MemoryWorkbook } from "../../src/workbook/memory";

const RU = { lang: "ru", example: false } as const;
const ALL_RU = [
  "Программа",
  "Заявки",
  "Смета",
  "Критерии",
  "Комиссия",
  "Оценки",
  "Договоры",
  "Платежи",
  "Отчёты",
];
const names = (layouts: readonly { name: string }[]): string[] => layouts.map((l) => l.name);

describe("planTemplate", () => {
  it("creates every input sheet in a workbook that has none", () => {
    const plan = planTemplate([], RU);
    expect(names(plan.create)).toEqual(ALL_RU);
    expect(plan).toMatchObject({ replace: [], wouldReplace: [], keep: [] });
  });

  it("asks before replacing a sheet that holds data, and fills an empty one without asking", () => {
    const plan = planTemplate(
      [
        { name: "заявки", hasData: true },
        { name: "Оценки", hasData: false },
      ],
      RU,
    );
    expect(plan.wouldReplace).toEqual(["заявки"]);
    expect(names(plan.replace)).toEqual(["Заявки"]);
    expect(names(plan.create)).toEqual(ALL_RU.filter((n) => n !== "Заявки"));
  });

  it("counts a sheet of the same kind in another language as present, whatever it holds", () => {
    const plan = planTemplate(
      [
        { name: "Applications", hasData: true },
        { name: "Scores", hasData: false },
      ],
      RU,
    );
    expect(plan.keep).toEqual(["Applications", "Scores"]);
    expect(plan.wouldReplace).toEqual([]);
    expect(names(plan.create)).toEqual(ALL_RU.filter((n) => n !== "Заявки" && n !== "Оценки"));
  });

  it("writes a filled sheet only when the user named it, in the template's order", () => {
    const plan = planTemplate(
      [
        { name: "Программа", hasData: true },
        { name: "Оценки", hasData: true },
      ],
      RU,
    );
    expect(names(templateLayouts(plan, []))).toEqual(
      ALL_RU.filter((n) => n !== "Программа" && n !== "Оценки"),
    );
    expect(names(templateLayouts(plan, ["оценки", "Программа"]))).toEqual(ALL_RU);
  });
});

describe("createTemplate", () => {
  function filledBook(): MemoryWorkbook {
    return MemoryWorkbook.fromSheets({
      Лист1: [],
      Заявки: [
        ["№ заявки", "Организация"],
        ["001", "ОФ «Рост»"],
      ],
      Оценки: [],
    });
  }

  it("keeps a filled Заявки, fills the empty Оценки and adds the missing sheets", async () => {
    const book = filledBook();
    const written = await createTemplate(book, RU);
    expect(written).toEqual(ALL_RU.filter((n) => n !== "Заявки"));
    expect(book.sheet("Заявки")).toEqual([
      ["№ заявки", "Организация"],
      ["001", "ОФ «Рост»"],
    ]);
    expect(book.layouts.has("Оценки")).toBe(true);
    expect(book.calls.writeSheets).toBe(1);
  });

  it("replaces a filled sheet the user confirmed", async () => {
    const book = filledBook();
    const written = await createTemplate(book, RU, { replace: ["Заявки"] });
    expect(written).toEqual(ALL_RU);
    expect(book.sheet("Заявки")?.[1]).not.toEqual(["001", "ОФ «Рост»"]);
  });

  it("does not replace a sheet that came to hold data after the user was asked", async () => {
    const book = filledBook();
    const asked = await inspectTemplate(book, RU);
    expect(asked.wouldReplace).toEqual(["Заявки"]);
    book.setSheet("Оценки", [["оценка, введённая только что"]]);
    await createTemplate(book, RU, { replace: asked.wouldReplace });
    expect(book.sheet("Оценки")).toEqual([["оценка, введённая только что"]]);
  });

  it("writes nothing when every input sheet is present in another language", async () => {
    const en = MemoryWorkbook.fromLayouts(
      templateLayouts(planTemplate([], { lang: "en", example: true }), []),
    );
    const before = en.calls.writeSheets;
    expect(await createTemplate(en, RU)).toEqual([]);
    expect(en.calls.writeSheets).toBe(before);
  });

  it("still writes every sheet into a new workbook for the CLI, without reading", async () => {
    const book = ExcelJsWorkbook.create();
    expect(await createTemplate(book, { lang: "ky", example: true })).toHaveLength(9);
    expect(await book.listSheets()).toHaveLength(9);
  });

  it("uses the adapter's probe rather than reading the sheets when given one", async () => {
    const book = filledBook();
    const asked: string[][] = [];
    const plan = await inspectTemplate(book, RU, async (n) => {
      asked.push([...n]);
      return n.map((name) => ({ name, hasData: name === "Оценки" }));
    });
    expect(asked).toEqual([["Заявки", "Оценки"]]);
    expect(book.calls.readSheets).toBe(0);
    expect(plan.wouldReplace).toEqual(["Оценки"]);
  });
});
