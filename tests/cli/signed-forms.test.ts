/**
 * A collected scoring form is a signed document (CLI.md, `forms`): whatever on it differs from what
 * would be counted refuses the run (exit 2, nothing written) at the form's file and cell. Each case
 * changes one thing on a form `gsz forms` wrote and a member filled with the example's scores; the
 * unchanged form is accepted (tests/cli/forms.test.ts: the same ranking as typed scores).
 */
import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { exampleInput } from "../../src/workbook/template";
import { tempDir } from "../adapters/exceljs/helpers";
import { convert } from "../adapters/exceljs/libreoffice";
import { describeWith } from "../support/external-tools";
import { exampleLayouts, exampleRowsOf, formEntries, typed, writeLayouts } from "../support/score-forms";
import { gsz } from "./harness";

const input = exampleInput();
const members = input.commission.map((m) => m.name);
const applications = input.applications.map((a) => a.id);
const codes = input.criteria.map((c) => c.code);
/** The member whose form comes back, and one who sends none (both left out of Оценки). */
const signer = members[members.length - 1] ?? "";
const absent = members[members.length - 2] ?? "";
const label = `'${signer}.xlsx'`;
const rowsOf = exampleRowsOf(signer);
/** Row 8 of the form: the first application, with the signer's scores on it. */
const first = rowsOf.find((r) => r.application === applications[0]);
const firstSum = codes
  .map((code) => (first ? typed(first, code) : null))
  .reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);

let tmp: ReturnType<typeof tempDir>;
const file = (name: string): string => path.join(tmp.dir, name);
beforeEach(() => {
  tmp = tempDir("gsz-signed-forms-");
});
afterEach(() => tmp.cleanup());

type Change = (sheet: ExcelJS.Worksheet) => void;

/** The input without the signer's and the absent member's rows, and the signer's form filled, then changed. */
async function signedForm(change: Change): Promise<string> {
  await writeLayouts(
    file("in.xlsx"),
    exampleLayouts((m) => m !== signer && m !== absent),
  );
  mkdirSync(file("forms"));
  expect((await gsz(["forms", file("in.xlsx"), "--out-dir", file("forms")])).code).toBe(0);
  const form = path.join(file("forms"), `${signer}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(form);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  for (const { row, col, value } of formEntries(rowsOf, applications, codes)) {
    sheet.getCell(row, col).value = typeof value === "number" || typeof value === "string" ? value : null;
  }
  // Excel would calculate each row's Итого: so do we, as its cached result.
  for (let row = 8; row < 8 + applications.length; row++) {
    const numbers = codes.map((_, j) => sheet.getCell(row, 3 + j).value).filter((v) => typeof v === "number");
    const formula = `IF(COUNT(C${row}:H${row})=0,"",SUM(C${row}:H${row}))`;
    const result = numbers.length === 0 ? "" : numbers.reduce((a, b) => a + b, 0);
    sheet.getCell(row, 9).value = { formula, result } as ExcelJS.CellFormulaValue;
  }
  change(sheet);
  await book.xlsx.writeFile(form);
  return form;
}

async function refused(form: string): Promise<string> {
  const run = await gsz(["run", file("in.xlsx"), "--scores", form, "-o", file("out.xlsx")]);
  expect(run.code).toBe(2);
  expect(readdirSync(tmp.dir)).not.toContain("out.xlsx");
  return run.err;
}

describe("a collected scoring form is a signed document", () => {
  it("the form as filled is accepted (the base of these cases), its stamp in a hidden column", async () => {
    const form = await signedForm(() => undefined);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(form);
    const sheet = book.worksheets[0];
    expect(sheet?.getCell("L1").value).toBe(`gsz-form:${signer}`);
    expect(sheet?.getColumn(12).hidden).toBe(true);
    expect(firstSum).toBeGreaterThan(0);
    const run = await gsz(["run", file("in.xlsx"), "--scores", form]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
  });

  it("refuses an Итого typed over the formula that differs from the row's scores, at its cell", async () => {
    const err = await refused(await signedForm((s) => (s.getCell("I8").value = 99)));
    expect(err).toContain(
      `${label}!I8: Итого «99» не равно сумме баллов строки (${firstSum}): подписанный итог расходится`,
    );
  });

  it("refuses an Итого formula whose result differs from the row's scores, at its cell", async () => {
    const err = await refused(
      await signedForm((s) => {
        s.getCell("I8").value = {
          formula: "SUM(C8:H8)+14",
          result: firstSum + 14,
        } as ExcelJS.CellFormulaValue;
      }),
    );
    expect(err).toContain(`${label}!I8: Итого «${firstSum + 14}» не равно сумме баллов строки (${firstSum})`);
  });

  it("refuses an application twice in one form, at the second row, naming the first", async () => {
    const err = await refused(await signedForm((s) => (s.getCell("A9").value = applications[0] ?? "")));
    expect(err).toContain(
      `${label}!A9: Заявка ${applications[0]} второй раз в одном оценочном листе (первый раз — ${label}!A8)`,
    );
  });

  it("refuses a score above the criterion's maximum, at its cell", async () => {
    const max = input.criteria[0]?.maxScore.toNumber() ?? 0;
    const err = await refused(await signedForm((s) => (s.getCell("C8").value = max + 1)));
    expect(err).toContain(
      `${label}!C8: Балл ${max + 1} по критерию ${codes[0]} вне допустимого (от 0 до ${max})`,
    );
  });

  it("refuses an application that is not on Заявки, at its cell", async () => {
    const err = await refused(await signedForm((s) => (s.getCell("A8").value = "999")));
    expect(err).toContain(`${label}!A8: Заявки 999 нет на листе «Заявки»`);
  });

  it("refuses a form whose member was changed to one who sent none, at the member's cell", async () => {
    const err = await refused(await signedForm((s) => (s.getCell("B4").value = absent)));
    expect(err).toContain(
      `${label}!B4: Оценочный лист «${signer}.xlsx» выписан для «${signer}», а в нём указан член комиссии «${absent}»`,
    );
  });

  it("refuses a form whose stamp was removed, at the member's cell", async () => {
    const err = await refused(await signedForm((s) => (s.getCell("L1").value = null)));
    expect(err).toContain(`${label}!B4: Оценочный лист «${signer}.xlsx»: нет скрытой отметки gsz`);
  });
});

describeWith("libreoffice")("the stamp of a form saved by LibreOffice", () => {
  it.each(["xlsx", "ods"])(
    "survives as .%s: a changed member is still refused",
    async (format) => {
      const form = await signedForm((s) => (s.getCell("B4").value = absent));
      convert([form], format, file("saved"), tmp.dir);
      const saved = path.join(file("saved"), `${signer}.${format}`);
      const run = await gsz(["run", file("in.xlsx"), "--scores", saved]);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`выписан для «${signer}», а в нём указан член комиссии «${absent}»`);
    },
    60_000,
  );
});
