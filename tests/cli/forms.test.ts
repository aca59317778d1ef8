import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { exampleInput } from "../../src/workbook/template";
import { tempDir } from "../adapters/exceljs/helpers";
import {
  exampleLayouts,
  exampleRowsOf,
  fillFormWithExcelJs,
  formEntries,
  writeLayouts,
} from "../support/score-forms";
import { gsz } from "./harness";

let tmp: ReturnType<typeof tempDir>;
let file: (name: string) => string;
beforeEach(() => {
  tmp = tempDir("gsz-forms-");
  file = (name) => path.join(tmp.dir, name);
});
afterEach(() => tmp.cleanup());

const input = exampleInput();
const members = input.commission.map((m) => m.name);
const applications = input.applications.map((a) => a.id);
const codes = input.criteria.map((c) => c.code);

interface Ranked {
  readonly application: string;
  readonly place: number;
  readonly total: string;
  readonly status: string;
  readonly scorers: number;
}

function ranking(json: string): Ranked[] {
  const report = JSON.parse(readFileSync(json, "utf8")) as { ranking: Ranked[] };
  return report.ranking.map(({ application, place, total, status, scorers }) => ({
    application,
    place,
    total,
    status,
    scorers,
  }));
}

/** Writes the forms of `in.xlsx` into `forms/` and fills those of `who` with the example's scores. */
async function formsFilledBy(who: readonly string[]): Promise<string[]> {
  const dir = file("forms");
  mkdirSync(dir);
  const made = await gsz(["forms", file("in.xlsx"), "--out-dir", dir]);
  expect(made.err).toBe("");
  expect(made.code).toBe(0);
  const paths: string[] = [];
  for (const member of who) {
    const form = path.join(dir, `${member}.xlsx`);
    await fillFormWithExcelJs(form, formEntries(exampleRowsOf(member), applications, codes));
    paths.push(form);
  }
  return paths;
}

describe("gsz forms and run --scores", () => {
  it("writes one form per member, named after the member, and refuses to overwrite them", async () => {
    await writeLayouts(
      file("in.xlsx"),
      exampleLayouts(() => true),
    );
    await formsFilledBy([]);
    expect(readdirSync(file("forms")).sort()).toEqual(members.map((m) => `${m}.xlsx`).sort());
    const again = await gsz(["forms", file("in.xlsx"), "--out-dir", file("forms")]);
    expect(again.code).toBe(2);
    expect(again.err).toContain("бланки оценки не заменяют существующие файлы");
    expect(again.err).not.toContain("шаблон");
    expect(again.err).toContain("Ничего не записано");
  });

  it("gives the same ranking from filled forms as from the same scores typed in Оценки", async () => {
    await writeLayouts(
      file("typed.xlsx"),
      exampleLayouts(() => true),
    );
    const typed = await gsz(["run", file("typed.xlsx"), "--json", file("typed.json")]);
    expect(typed.code).toBe(0);

    // Four members' rows stay in Оценки; the other five come back on their forms.
    const inSheet = new Set(members.slice(0, 4));
    await writeLayouts(
      file("in.xlsx"),
      exampleLayouts((m) => inSheet.has(m)),
    );
    const forms = await formsFilledBy(members.slice(4));
    const run = await gsz(["run", file("in.xlsx"), "--scores", ...forms, "--json", file("forms.json")]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const expected = ranking(file("typed.json"));
    expect(expected.some((r) => r.scorers > 0)).toBe(true);
    expect(ranking(file("forms.json"))).toEqual(expected);
  });

  it("refuses the same member and application in Оценки and on a form, at both cells", async () => {
    await writeLayouts(
      file("in.xlsx"),
      exampleLayouts(() => true),
    );
    const [form] = await formsFilledBy([members[0] ?? ""]);
    const run = await gsz(["run", file("in.xlsx"), "--scores", form ?? "", "-o", file("out.xlsx")]);
    expect(run.code).toBe(2);
    const label = `'${members[0]}.xlsx'`;
    // The first application: Оценки row 4 (№ заявки in B), the form's row 8 (№ заявки in A).
    expect(run.err).toContain(
      `Оценки!B4: Член комиссии «${members[0]}» оценил заявку 1 дважды: здесь и в ${label}!A8`,
    );
    expect(run.err).toContain(
      `${label}!A8: Член комиссии «${members[0]}» оценил заявку 1 дважды: здесь и в Оценки!B4`,
    );
    expect(readdirSync(tmp.dir)).not.toContain("out.xlsx");
  });

  it("refuses two forms of one member, at both cells", async () => {
    await writeLayouts(
      file("in.xlsx"),
      exampleLayouts(() => false),
    );
    const [form] = await formsFilledBy([members[0] ?? ""]);
    const copy = file("copy.xlsx");
    copyFileSync(form ?? "", copy);
    const twice = await gsz(["run", file("in.xlsx"), "--scores", form ?? "", copy]);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain("copy.xlsx!A8: Член комиссии");
    expect(twice.err).toContain(`'${members[0]}.xlsx'!A8: Член комиссии`);
  });
});

describe("the command line of forms", () => {
  it("names forms and --scores in the help, in every language", async () => {
    for (const lang of ["ru", "en", "ky"]) {
      const help = await gsz(["--help", "--lang", lang]);
      expect(help.out).toContain("gsz forms <in> --out-dir");
      expect(help.out).toContain("--scores");
    }
  });

  it("refuses forms without --out-dir, --scores without a file or on another command", async () => {
    expect((await gsz(["forms", "in.xlsx"])).err).toContain("Команде forms нужен параметр --out-dir");
    expect((await gsz(["run", "in.xlsx", "--scores"])).err).toContain("После --scores укажите");
    expect((await gsz(["tranches", "in.xlsx", "--scores", "a.xlsx"])).err).toContain(
      "Параметр --scores не относится к команде tranches",
    );
  });
});

describe("gsz forms --out-dir", () => {
  it("creates a missing folder and its parents, and writes every form into it", async () => {
    await writeLayouts(
      file("in.xlsx"),
      exampleLayouts(() => true),
    );
    const dir = file(path.join("2019", "комиссия", "forms"));
    const made = await gsz(["forms", file("in.xlsx"), "--out-dir", dir]);
    expect(made.err).toBe("");
    expect(made.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(members.map((m) => `${m}.xlsx`).sort());
  });

  it("refuses a file at that path and leaves it as it was", async () => {
    await writeLayouts(
      file("in.xlsx"),
      exampleLayouts(() => true),
    );
    writeFileSync(file("forms"), "not a folder");
    const made = await gsz(["forms", file("in.xlsx"), "--out-dir", file("forms")]);
    expect(made.code).toBe(2);
    expect(made.err).toContain(`${file("forms")}: это не папка (там файл)`);
    expect(made.err).toContain("Ничего не записано");
    expect(readFileSync(file("forms"), "utf8")).toBe("not a folder");
  });

  it("creates no folder when the input cannot be used (all or nothing)", async () => {
    writeFileSync(file("in.xlsx"), "Заявка;Грант\n");
    const made = await gsz(["forms", file("in.xlsx"), "--out-dir", file(path.join("new", "forms"))]);
    expect(made.code).toBe(2);
    expect(readdirSync(tmp.dir)).toEqual(["in.xlsx"]);
  });
});
