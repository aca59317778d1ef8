import { translator } from "../../src/taskpane/components/i18n";
import { shownOf } from "../../src/taskpane/components/ScoringForms";
import { createOfficeHost } from "../../src/taskpane/host";
import { FakeExcel } from "../adapters/officejs/fake-excel";

describe("the pane's scoring-form buttons over the Office host", () => {
  it("creates one form sheet per member, then finds none filled, then refuses collecting twice", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Лист1");
    const host = createOfficeHost({
      run: excel.run,
      supports: () => true,
      createWorkbook: excel.createWorkbook,
      displayLanguage: "ru-RU",
      now: () => new Date("2026-11-23T10:00:00Z"),
      download: () => undefined,
    });
    await host.createTemplate({ lang: "ru", example: true }, []);
    const created = await host.createForms("ru");
    expect(created.kind).toBe("done");
    const sheets = created.kind === "done" ? created.sheets : [];
    expect(sheets.length).toBeGreaterThan(1);
    for (const name of sheets) expect(excel.sheet(name)?.cells.get("0,0")?.value).toBe("Оценочный лист");
    // Who each form is for: a stamp in row 1 of a hidden column (L: 6 criteria, 4 columns, a gap).
    for (const name of sheets) {
      expect(excel.sheet(name)?.cells.get("0,11")?.value).toBe(`gsz-form:${name}`);
      expect([...(excel.sheet(name)?.hiddenColumns ?? [])]).toEqual([11]);
    }
    const t = translator("ru");
    expect(shownOf(created, t)?.text).toBe(
      `Созданы оценочные листы (${sheets.length}): ${sheets.join(", ")}`,
    );

    const collected = await host.collectScores("ru");
    expect(collected).toEqual({ kind: "no-forms" });
    expect(shownOf(collected, t)).toEqual({ intent: "warning", text: t("forms.ui.no-forms") });

    // The example's Оценки already holds the first member's rows: a filled form of theirs is a duplicate.
    const form = excel.sheet(sheets[0] ?? "");
    form?.cells.set("7,2", { value: 5, format: "General" });
    const refused = await host.collectScores("ru");
    expect(refused.kind).toBe("problems");
    const shown = shownOf(refused, translator("en"));
    expect(shown?.intent).toBe("error");
    expect(shown?.text).toMatch(/^Scores not collected, the workbook is unchanged \(\d+ problems\):$/);
    expect(shown?.problems?.[0]?.message).toBe("forms.duplicate");
  });
});
