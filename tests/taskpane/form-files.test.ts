import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { memberForms } from "../../src/app/forms-out";
import { readChosenFiles } from "../../src/taskpane/form-files";
import { isScoringForm } from "../../src/workbook/forms";
import { exampleInput } from "../../src/workbook/template";

describe("files chosen in the pane", () => {
  it("are read by the files reading layer: a form written as a workbook comes back as its sheets", async () => {
    const input = exampleInput();
    const [form] = memberForms(input, "ru");
    if (!form) throw new Error("no member in the example");
    const book = ExcelJsWorkbook.create();
    await book.writeSheets([form.layout]);
    const bytes = new Uint8Array(await book.toBuffer());

    const [read] = await readChosenFiles([{ name: form.file, bytes }]);
    expect(read?.name).toBe(form.file);
    expect(read?.read.ok).toBe(true);
    const sheets = read?.read.ok ? read.read.sheets : [];
    expect(sheets.map((s) => s.name)).toEqual([form.layout.name]);
    expect(sheets.filter(isScoringForm)).toHaveLength(1);
  });

  it("say plainly why a file cannot be read, by its name", async () => {
    const text = new TextEncoder().encode("№;Член комиссии\n1;Асанова\n");
    const [read] = await readChosenFiles([{ name: "scores.csv", bytes: text }]);
    expect(read?.read.ok).toBe(false);
    const problems = read?.read.ok === false ? read.read.problems : [];
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^files\./);
    expect(problems[0]?.params).toMatchObject({ file: "scores.csv" });
  });
});
