import { collectFormScores, createFormSheets } from "../../src/app/forms-in-workbook";
import type { ReadFormFile } from "../../src/app/form-files";
import { reportJson } from "../../src/app/report";
import { analyze } from "../../src/core/analyze";
import type { CellValue } from "../../src/workbook/port";
import type { MemoryWorkbook } from "../../src/workbook/memory";
import { readInput } from "../../src/workbook/read";
import { exampleInput } from "../../src/workbook/template";
import { exampleBook, exampleRowsOf, formEntries } from "../support/score-forms";

const input = exampleInput();
const members = input.commission.map((m) => m.name);
const applications = input.applications.map((a) => a.id);
const codes = input.criteria.map((c) => c.code);

async function ranking(book: MemoryWorkbook): Promise<unknown> {
  const read = await readInput(book);
  if (!read.input) throw new Error(JSON.stringify(read.problems));
  return reportJson(analyze(read.input), "ru").ranking.map((r) => ({
    application: r.application,
    place: r.place,
    total: r.total,
    status: r.status,
    scorers: r.scorers,
  }));
}

/** Types the example's scores of `member` into their form sheet, as the member would. */
function fill(book: MemoryWorkbook, member: string): void {
  const values = book.sheet(member) ?? [];
  for (const { row, col, value } of formEntries(exampleRowsOf(member), applications, codes)) {
    const cells = (values[row - 1] ??= []);
    while (cells.length < col) cells.push(null);
    cells[col - 1] = value as CellValue;
  }
  book.setSheet(member, values);
}

describe("scoring forms in the add-in: create, fill, collect", () => {
  it("creates one form sheet per member, never over a sheet that is there", async () => {
    const book = exampleBook(() => true);
    const first = await createFormSheets(book, "ru");
    expect(first).toEqual({ kind: "done", sheets: members });
    const again = await createFormSheets(book, "ru");
    expect(again).toEqual({ kind: "done", sheets: members.map((m) => `${m} (2)`) });
  });

  it("appends the forms' rows to Оценки and gives the same ranking as the scores typed there", async () => {
    const typed = await ranking(exampleBook(() => true));
    const kept = new Set(members.slice(0, 4));
    const book = exampleBook((m) => kept.has(m));
    const before = book.sheet("Оценки") ?? [];
    await createFormSheets(book, "ru");
    for (const member of members.slice(4)) fill(book, member);

    const collected = await collectFormScores(book, "ru");
    expect(collected).toEqual({
      kind: "done",
      sheet: "Оценки",
      rows: 5 * applications.length,
      forms: members.slice(4),
    });
    const after = book.sheet("Оценки") ?? [];
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[before.length]?.slice(0, 2)).toEqual([members[4], applications[0]]);
    expect(await ranking(book)).toEqual(typed);
  });

  it("refuses to collect twice: the same member and application at both cells, nothing changed", async () => {
    const book = exampleBook(() => false);
    await createFormSheets(book, "ru");
    fill(book, members[0] ?? "");
    expect((await collectFormScores(book, "ru")).kind).toBe("done");
    const collectedOnce = book.sheet("Оценки");
    const again = await collectFormScores(book, "ru");
    expect(again.kind).toBe("problems");
    const problems = again.kind === "problems" ? again.problems : [];
    expect(problems).toContainEqual({
      address: { sheet: "Оценки", row: 4, col: 2 },
      message: "forms.duplicate",
      params: { member: members[0], application: applications[0], other: `'${members[0]}'!A8` },
    });
    expect(problems).toContainEqual({
      address: { sheet: members[0], row: 8, col: 1 },
      message: "forms.duplicate",
      params: { member: members[0], application: applications[0], other: "Оценки!B4" },
    });
    expect(book.sheet("Оценки")).toEqual(collectedOnce);
  });

  it.each([
    ["an Итого that differs from the row's scores", 8, 9, 99, "forms.read.total-differs"],
    ["a score above the criterion's maximum", 8, 3, 1000, "forms.read.score-out-of-range"],
    ["an unknown application", 8, 1, "999", "forms.read.application-unknown"],
    ["an application twice", 9, 1, applications[0] ?? "", "forms.read.application-twice"],
    ["another member's name", 4, 2, members[0] ?? "", "forms.read.member-changed"],
  ] as const)(
    "refuses a form sheet with %s at its cell, Оценки unchanged",
    async (_, row, col, value, message) => {
      const kept = new Set(members.slice(0, 4));
      const book = exampleBook((m) => kept.has(m));
      await createFormSheets(book, "ru");
      const member = members[4] ?? "";
      fill(book, member);
      const values = book.sheet(member) ?? [];
      const cells = (values[row - 1] ??= []);
      cells[col - 1] = value;
      book.setSheet(member, values);
      const before = book.sheet("Оценки");
      const collected = await collectFormScores(book, "ru");
      expect(collected.kind).toBe("problems");
      const problems = collected.kind === "problems" ? collected.problems : [];
      expect(problems.map((p) => [p.address, p.message])).toEqual([[{ sheet: member, row, col }, message]]);
      expect(book.sheet("Оценки")).toEqual(before);
    },
  );

  it("says so when the workbook holds no form", async () => {
    expect(
      await collectFormScores(
        exampleBook(() => true),
        "ru",
      ),
    ).toEqual({ kind: "no-forms" });
  });
});

describe("forms not filled in yet", () => {
  it("are left out: collecting from blank forms adds nothing", async () => {
    const book = exampleBook(() => true);
    await createFormSheets(book, "ru");
    const before = book.sheet("Оценки");
    expect(await collectFormScores(book, "ru")).toEqual({ kind: "no-forms" });
    expect(book.sheet("Оценки")).toEqual(before);
  });
});

describe("forms sent as files (the pane's Collect from files)", () => {
  /** The filled forms of `names` as files: each member's sheet of a workbook of forms, as a file. */
  async function formFiles(names: readonly string[]): Promise<ReadFormFile[]> {
    const forms = exampleBook(() => true);
    await createFormSheets(forms, "ru");
    for (const member of names) fill(forms, member);
    const sheets = await forms.readSheets(names);
    return sheets.map((sheet) => ({ name: `${sheet.name}.xlsx`, read: { ok: true, sheets: [sheet] } }));
  }

  it("appends the files' rows to Оценки and gives the same ranking as the scores typed there", async () => {
    const typed = await ranking(exampleBook(() => true));
    const kept = new Set(members.slice(0, 6));
    const book = exampleBook((m) => kept.has(m));
    const files = await formFiles(members.slice(6));
    const collected = await collectFormScores(book, "ru", files);
    expect(collected).toEqual({
      kind: "done",
      sheet: "Оценки",
      rows: 3 * applications.length,
      forms: members.slice(6).map((m) => `${m}.xlsx`),
    });
    expect(await ranking(book)).toEqual(typed);
    // The workbook gets no new sheet: the files are only read.
    expect(await book.listSheets()).not.toContain(`${members[6]}.xlsx`);
  });

  it("refuses a file that holds no form, at its A1, and changes nothing", async () => {
    const book = exampleBook(() => false);
    const before = book.sheet("Оценки");
    const notAForm = {
      name: "письмо.xlsx",
      read: { ok: true as const, sheets: [{ name: "Лист1", values: [["Здравствуйте"]] }] },
    };
    const outcome = await collectFormScores(book, "ru", [
      ...(await formFiles(members.slice(0, 1))),
      notAForm,
    ]);
    expect(outcome).toEqual({
      kind: "problems",
      problems: [
        {
          address: { sheet: "письмо.xlsx", row: 1, col: 1 },
          message: "forms.read.no-form-in-file",
          params: { file: "письмо.xlsx" },
        },
      ],
    });
    expect(book.sheet("Оценки")).toEqual(before);
  });

  it("refuses a file the reading layer could not read, with its reason", async () => {
    const unreadable: ReadFormFile = {
      name: "old.xls",
      read: { ok: false, problems: [{ message: "files.damaged", params: { file: "old.xls" } }] },
    };
    const outcome = await collectFormScores(
      exampleBook(() => false),
      "ru",
      [unreadable],
    );
    expect(outcome).toEqual({
      kind: "problems",
      problems: [
        {
          address: { sheet: "old.xls", row: 1, col: 1 },
          message: "files.damaged",
          params: { file: "old.xls" },
        },
      ],
    });
  });
});
