/**
 * A form filled by other programs: openpyxl types the scores (and, as it never calculates, leaves the
 * totals without results: the reader refuses them, naming the file and the cells), then LibreOffice opens
 * and saves it, as a member would, and the scores give the same ranking as typed in Оценки.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { exampleInput } from "../../src/workbook/template";
import { convert } from "../adapters/exceljs/libreoffice";
import { tempDir } from "../adapters/exceljs/helpers";
import { describeWith, TOOLS } from "../support/external-tools";
import { exampleLayouts, exampleRowsOf, formEntries, writeLayouts } from "../support/score-forms";
import { gsz } from "./harness";

const FILL = path.join(__dirname, "..", "fixtures", "forms", "fill-form.py");
const input = exampleInput();
const members = input.commission.map((m) => m.name);
const last = members[members.length - 1] ?? "";

function ranking(file: string): unknown {
  const report = JSON.parse(readFileSync(file, "utf8")) as { ranking: Record<string, unknown>[] };
  return report.ranking.map(({ application, place, total, status, scorers }) => ({
    application,
    place,
    total,
    status,
    scorers,
  }));
}

describeWith("libreoffice")("a scoring form filled with openpyxl and saved by LibreOffice", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir("gsz-forms-producers-");
  });
  afterAll(() => tmp.cleanup());

  it("is refused at its totals until calculated, then gives the same ranking as Оценки", async () => {
    expect(TOOLS.libreoffice.present()).toBe(true);
    expect(TOOLS.openpyxl.present()).toBe(true);
    const file = (name: string): string => path.join(tmp.dir, name);
    await writeLayouts(
      file("typed.xlsx"),
      exampleLayouts(() => true),
    );
    expect((await gsz(["run", file("typed.xlsx"), "--json", file("typed.json")])).code).toBe(0);

    await writeLayouts(
      file("in.xlsx"),
      exampleLayouts((m) => m !== last),
    );
    mkdirSync(file("forms"));
    expect((await gsz(["forms", file("in.xlsx"), "--out-dir", file("forms")])).code).toBe(0);
    const entries = formEntries(
      exampleRowsOf(last),
      input.applications.map((a) => a.id),
      input.criteria.map((c) => c.code),
    );
    const filled = file("filled.xlsx");
    execFileSync("python3", [
      FILL,
      path.join(file("forms"), `${last}.xlsx`),
      filled,
      JSON.stringify(entries),
    ]);

    const raw = await gsz(["run", file("in.xlsx"), "--scores", filled]);
    expect(raw.code).toBe(2);
    expect(raw.err).toContain(`${filled}: 'Оценочный лист'!I8: формула ещё ни разу не вычислялась`);

    convert([filled], "xlsx", file("saved"), tmp.dir);
    const saved = path.join(file("saved"), "filled.xlsx");
    const run = await gsz(["run", file("in.xlsx"), "--scores", saved, "--json", file("forms.json")]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(ranking(file("forms.json"))).toEqual(ranking(file("typed.json")));
  }, 180_000);
});
