import { OfficeJsWorkbook, selectCell } from "../../../src/adapters/officejs";
import { cellFromExcel, isDateFormat, percentText } from "../../../src/adapters/officejs/cells";
import { FakeExcel } from "./fake-excel";

describe("OfficeJsWorkbook reading", () => {
  it("reads any number of sheets in one sync, converting dates, percents and errors", async () => {
    const excel = new FakeExcel();
    excel.addSheet(
      "Программа",
      [
        [null, null],
        [null, "Параметр", "Значение"],
        [null, "Начало", 43466],
        [null, "Мин. софинансирование, %", 0.1],
        [null, "Бюджет", 400000.5],
        [null, "Ошибка", "#DIV/0!"],
        [null, "Флаг", true],
      ],
      [[], [], ["General", "@", "dd.mm.yyyy"], ["General", "@", "0%"], ["General", "@", "#,##0.00"]],
    );
    excel.addSheet("Заявки", [["№ заявки"], ["001"]]);
    excel.addSheet("Пустой");
    const book = new OfficeJsWorkbook(excel.run, { supports: () => true });
    const sheets = await book.readSheets(["Программа", "Заявки", "Нет такого", "Пустой"]);
    expect(excel.syncs).toBe(1);
    expect(sheets.map((s) => s.name)).toEqual(["Программа", "Заявки", "Пустой"]);
    expect(sheets[0]?.values).toEqual([
      [],
      [null, "Параметр", "Значение"],
      [null, "Начало", { date: 43466 }],
      [null, "Мин. софинансирование, %", "10%"],
      [null, "Бюджет", 400000.5],
      [null, "Ошибка", { error: "#DIV/0!" }],
      [null, "Флаг", true],
    ]);
    expect(sheets[1]?.values).toEqual([["№ заявки"], ["001"]]);
    expect(sheets[2]?.values).toEqual([]);
  });

  it("reads again in row chunks when Excel on the web refuses a too large answer, with the same result", async () => {
    const rows = [
      [],
      [],
      ...Array.from({ length: 300 }, (_, i) => [null, `Строка ${i}`, i, i % 3 ? 0.25 : ""]),
    ];
    const formats = rows.map(() => ["General", "@", "General", "0%"]);
    const make = (limit: number) => {
      const excel = new FakeExcel();
      excel.addSheet("Заявки", rows, formats);
      excel.addSheet("Оценки", [
        ["a", "b"],
        [1, 2],
      ]);
      excel.responseLimit = limit;
      return excel;
    };
    const whole = make(Infinity);
    const chunked = make(5_000);
    const expected = await new OfficeJsWorkbook(whole.run).readSheets(["Заявки", "Нет", "Оценки"]);
    const actual = await new OfficeJsWorkbook(chunked.run, {
      web: true,
      readLimits: { chunkCells: 200 },
    }).readSheets(["Заявки", "Нет", "Оценки"]);
    expect(whole.syncs).toBe(1);
    expect(chunked.syncs).toBeGreaterThan(2);
    expect(actual).toEqual(expected);
    expect(actual[0]?.values[3]).toEqual([null, "Строка 1", 1, "25%"]);
  });

  it("lists sheets in one sync", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    excel.addSheet("B");
    expect(await new OfficeJsWorkbook(excel.run).listSheets()).toEqual(["A", "B"]);
    expect(excel.syncs).toBe(1);
  });
});

describe("cell conversion", () => {
  it.each([
    [0.4, "40%"],
    [0.123, "12.3%"],
    [0.0005, "0.05%"],
    [1, "100%"],
    [-0.25, "-25%"],
    [1e-7, "0.00001%"],
    [0.07, "7%"],
    [12.5, "1250%"],
  ])("percent %p reads as %p", (value, text) => {
    expect(percentText(value)).toBe(text);
  });

  it("tells date formats from others", () => {
    for (const f of ["dd.mm.yyyy", "m/d/yyyy", "d mmm yyyy", "[$-419]dd.mm.yy;@", "yyyy-mm-dd"])
      expect(isDateFormat(f)).toBe(true);
    for (const f of ["General", "@", "0.00", '#,##0.00 "сом"', "h:mm", "0%", "[Red]0.00"])
      expect(isDateFormat(f)).toBe(false);
  });

  it("keeps text that merely looks like an error or a number", () => {
    expect(cellFromExcel("#N/A", "General")).toEqual({ error: "#N/A" });
    expect(cellFromExcel("1 000,50", "@")).toBe("1 000,50");
    expect(cellFromExcel("", "General")).toBeNull();
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Программа");
    excel.addSheet("Заявки");
    await selectCell(excel.run, { sheet: "Заявки", row: 7, col: 6 });
    expect(excel.active).toBe("Заявки");
    expect(excel.selection).toEqual({ sheet: "Заявки", row: 7, col: 6 });
    expect(excel.syncs).toBe(1);
  });
});
