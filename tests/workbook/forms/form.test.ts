import type { CellValue } from "../../../src/workbook/port";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { FORM_HEADER_ROW, readScoringForm, scoringFormLayout } from "../../../src/workbook/forms";
import { exampleInput } from "../../../src/workbook/template";

const input = exampleInput();
function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("missing in the example");
  return value;
}
const recusing = need(input.commission.find((m) => m.recusedFrom.length > 0));
const codes = input.criteria.map((c) => c.code);
const first = FORM_HEADER_ROW; // 0-based index of the first data row

function formValues(lang: "ru" | "en" | "ky" = "ru"): CellValue[][] {
  const layout = scoringFormLayout(input, recusing, { lang, sheetName: "Форма", tableName: "F" });
  return MemoryWorkbook.fromLayouts([layout]).sheet("Форма") ?? [];
}

function set(values: CellValue[][], row: number, col: number, value: CellValue): void {
  need(values[row])[col] = value;
}

function read(values: CellValue[][]) {
  return readScoringForm({ name: "Форма", values }, input, "ru");
}

describe("a scoring form", () => {
  it("prints as a document: landscape when wide, the header row on every page, the program above", () => {
    const layout = scoringFormLayout(input, recusing, { lang: "ru", sheetName: "Форма" });
    const width = layout.columns.reduce((sum, c) => sum + c.width, 0);
    expect(layout.pageSetup).toMatchObject({
      orientation: width > 100 ? "landscape" : "portrait",
      repeatRows: { first: FORM_HEADER_ROW, last: FORM_HEADER_ROW },
      footer: "стр. {page} из {pages}",
    });
    expect(layout.pageSetup?.header).toContain(input.program.name);
    expect(width).toBeGreaterThan(100);
  });

  it("names the program and the member above the table and marks the member's recusals", () => {
    const layout = scoringFormLayout(input, recusing, { lang: "ru", sheetName: "Форма", tableName: "F" });
    const values = formValues();
    expect(values[0]?.[0]).toBe("Оценочный лист");
    expect(values[1]).toEqual(["Программа", input.program.name]);
    expect(values[3]).toEqual(["Член комиссии", recusing.name]);
    expect(values[FORM_HEADER_ROW - 1]).toEqual([
      "№ заявки",
      "Организация",
      ...input.criteria.map((c) => `${c.code} (макс. ${c.maxScore.toString()})`),
      "Итого",
      "Комментарий",
    ]);
    const recusedRow = input.applications.findIndex((a) => recusing.recusedFrom.includes(a.id));
    expect(values[first + recusedRow]?.slice(2, 2 + codes.length)).toEqual(codes.map(() => "отвод"));
    expect(values[first]?.[2]).toBeNull();
    const total = layout.rows[first]?.[2 + codes.length];
    expect(total).toEqual({
      formula: `IF(COUNT(C8:${String.fromCharCode(66 + codes.length)}8)=0,"",SUM(C8:${String.fromCharCode(66 + codes.length)}8))`,
      result: "",
    });
    expect(layout.validations?.[0]?.rule).toMatchObject({ kind: "custom" });
    expect(layout.validations?.[0]?.message).toContain(`до ${input.criteria[0]?.maxScore.toString()}`);
    expect(values.slice(-3).map((r) => r[0])).toEqual(["Дата", undefined, "Подпись"]);
    expect(formValues("en")[0]?.[0]).toBe("Scoring form");
    expect(formValues("ky")[0]?.[0]).toBe("Баалоо баракчасы");
  });

  it("reads back as rows of Оценки for its member, at the form's cells", () => {
    const values = formValues();
    set(values, first, 2, 7);
    set(values, first, 3, "8,5");
    const result = read(values);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(input.applications.length);
    const row = need(result.rows[0]);
    expect(row.member).toBe(recusing.name);
    expect(row.application).toBe(input.applications[0]?.id);
    expect(row.scores[need(codes[0])]).toEqual({ kind: "number", value: expect.anything() });
    expect(String((row.scores[need(codes[1])] as { value: unknown }).value)).toBe("8.5");
    expect(row.scoreCells[need(codes[0])]).toEqual({ sheet: "Форма", row: first + 1, col: 3 });
    expect(row.cells.member).toEqual({ sheet: "Форма", row: 4, col: 2 });
  });

  it("reads rows below the form's Excel table as its rows, noted once (table-not-extended)", () => {
    const values = formValues();
    set(values, first + 1, 2, 6);
    const table = {
      name: "F",
      headerRow: first - 1,
      lastRow: first,
      firstCol: 0,
      lastCol: 3 + codes.length + 1,
    };
    const result = readScoringForm({ name: "Форма", values, tables: [table] }, input, "ru");
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(input.applications.length);
    expect(result.rows[1]?.scores[need(codes[0])]).toEqual({ kind: "number", value: expect.anything() });
    expect(result.notes.map((n) => [n.rule, n.address])).toEqual([
      ["table-not-extended", { sheet: "Форма", row: first + 2, col: 1 }],
    ]);
  });

  it("refuses a member not on Комиссия and criteria other than Критерии, at the cell", () => {
    const values = formValues();
    set(values, 3, 1, "Посторонний");
    set(values, FORM_HEADER_ROW - 1, 2, "K9 (макс. 10)");
    set(values, FORM_HEADER_ROW - 1, 3, `${codes[1]} (макс. 99)`);
    const problems = read(values).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          message: "forms.read.member-unknown",
          address: { sheet: "Форма", row: 4, col: 2 },
        }),
        expect.objectContaining({
          message: "forms.read.criterion-unknown",
          address: { sheet: "Форма", row: FORM_HEADER_ROW, col: 3 },
        }),
        expect.objectContaining({
          message: "forms.read.criterion-max",
          address: { sheet: "Форма", row: FORM_HEADER_ROW, col: 4 },
        }),
        expect.objectContaining({ message: "forms.read.criterion-missing", params: { criterion: codes[0] } }),
      ]),
    );
    expect(problems).toHaveLength(4);
  });
});

describe("a scoring form is a signed document", () => {
  // A member without recusals: no row is pre-filled.
  const plain = need(input.commission.find((m) => m.recusedFrom.length === 0));
  const blankForm = (): CellValue[][] => {
    const layout = scoringFormLayout(input, plain, { lang: "ru", sheetName: "Форма", tableName: "F" });
    return MemoryWorkbook.fromLayouts([layout]).sheet("Форма") ?? [];
  };

  it("a blank row of an application no longer on Заявки, or repeated, signs nothing and is not refused", () => {
    const values = blankForm();
    set(values, first, 2, 7);
    set(values, first + 1, 0, "999");
    set(values, first + 2, 0, need(input.applications[0]).id);
    const result = read(values);
    expect(result.problems).toEqual([]);
  });

  it("the same rows filled are refused at their № заявки cells", () => {
    const values = blankForm();
    set(values, first, 2, 7);
    set(values, first + 1, 0, "999");
    set(values, first + 1, 2, 5);
    set(values, first + 2, 0, need(input.applications[0]).id);
    set(values, first + 2, 9, "повтор");
    const result = read(values);
    expect(result.problems.map((p) => [p.message, p.address.row, p.address.col])).toEqual([
      ["forms.read.application-unknown", first + 2, 1],
      ["forms.read.application-twice", first + 3, 1],
    ]);
  });
});
