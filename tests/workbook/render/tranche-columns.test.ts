import Decimal from "decimal.js";
import { tranchesCsv } from "../../../src/app/csv";
import { paymentsCsv } from "../../../src/app/payments-csv";
import { exampleInput } from "../../../src/workbook/template";
import { analyze } from "../../../src/core/analyze";
import { tranchesExportLayout, tranchesXlsxSheet } from "../../../src/taskpane/export/tranches";
import { outputLayouts } from "../../../src/workbook/render";
import {
  TRANCHE_COLUMNS,
  TRANCHE_STATUS_COLUMN,
  trancheColumns,
  trancheHeaders,
  trancheRows,
} from "../../../src/workbook/render/tranche-columns";
import type { Execution } from "../../../src/core/model";
import { buildInput } from "../../support/build-input";
import { RELEASABLE } from "../../support/execution";

/** One schedule with a 33.33 % tranche: every writer must show the same columns and the same percent. */
function result() {
  const input = buildInput({
    contracts: [
      { application: "A-01", number: "Д-01", amount: "150000", scheme: ["33.33", "33.33", "33.34"] },
    ],
  });
  return { input, result: analyze(input) };
}

describe("the tranche schedule's columns, declared once", () => {
  it("the CSV, the Транши sheet, the pane's workbook and its fallback sheet have the same columns", () => {
    const { input, result: r } = result();
    const headers = trancheHeaders("ru");
    expect(headers).toHaveLength(TRANCHE_COLUMNS.length);

    const csvLines = tranchesCsv(r, "ru")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(csvLines[0]?.split(";")).toEqual(headers);
    expect(csvLines[1]?.split(";")[5]).toBe("33,33");

    const sheet = outputLayouts(input, r, { lang: "ru", now: new Date(0), fingerprint: "x" }).find(
      (l) => l.name === "Транши",
    );
    const headerRow = sheet?.rows.findIndex((row) => row[0] === headers[0]) ?? -1;
    expect(sheet?.rows[headerRow]).toEqual(headers);
    expect(sheet?.columns.map((c) => c.format)).toEqual(TRANCHE_COLUMNS.map((c) => c.format));
    expect(sheet?.rows[headerRow + 1]?.[5]).toBeCloseTo(0.3333, 10);

    const book = tranchesXlsxSheet(r, "ru");
    expect(book.header).toEqual(headers);
    expect(book.rows[0]?.[5]).toEqual({ percent: 0.3333 });
    expect(book.widths).toHaveLength(TRANCHE_COLUMNS.length);

    const fallback = tranchesExportLayout(r, "ru");
    expect(fallback.rows[0]).toEqual(headers);
    expect(fallback.rows[1]?.[5]).toBeCloseTo(0.3333, 10);
    expect(fallback.columns.map((c) => c.format)).toEqual(TRANCHE_COLUMNS.map((c) => c.format));
  });

  it("writes each tranche's condition in the user's language, naming the report that releases it", () => {
    const { input, result: r } = result();
    const conditions = (lang: "ru" | "en" | "ky"): string[] =>
      tranchesCsv(r, lang)
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .slice(1, 4)
        .map((line) => line.split(";")[8] ?? "");
    expect(conditions("ru")).toEqual([
      "аванс при подписании",
      "после отчёта по траншу 1",
      "после итогового отчёта",
    ]);
    expect(conditions("ky")[1]).toBe("1-транш боюнча отчеттон кийин");
    const sheet = outputLayouts(input, r, { lang: "en", now: new Date(0), fingerprint: "x" }).find(
      (l) => l.name === "Tranches",
    );
    const texts = (sheet?.rows ?? []).map((row) => row[8]);
    expect(texts).toContain("advance on signing");
    expect(texts).toContain("after the report on tranche 1");
    expect(texts).toContain("after the final report");
  });
});

describe("the tranche status column (when Платежи or Отчёты has rows)", () => {
  /** The schedule above with its three tranches paid, overdue and planned. */
  function withExecution() {
    const { input, result: r } = result();
    const schedule = r.tranches[0];
    if (!schedule) throw new Error("no schedule");
    const statuses = ["paid", "overdue", "planned"] as const;
    const execution: Execution = {
      present: true,
      paymentsPresent: true,
      contracts: [
        {
          ...RELEASABLE,
          contract: schedule.contract,
          tranches: schedule.items.map((t, i) => ({
            n: t.n,
            date: t.date,
            amount: t.amount,
            paid: i === 0 ? t.amount : new Decimal(0),
            unpaid: i === 0 ? new Decimal(0) : t.amount,
            status: statuses[i] ?? "planned",
          })),
        },
      ],
    };
    return { input, result: { ...r, execution } };
  }

  it("is one more column, last, in the CSV, the Транши sheet and both pane exports", () => {
    const { input, result: r } = withExecution();
    expect(trancheColumns(r.execution)).toEqual([...TRANCHE_COLUMNS, TRANCHE_STATUS_COLUMN]);
    const headers = trancheHeaders("ru", r.execution);
    expect(headers[headers.length - 1]).toBe("Статус");

    const lines = tranchesCsv(r, "ru")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe(
      "№ договора;№ заявки;Организация;№ транша;Дата;Процент;Сумма;Нарастающим итогом;Условие;Статус",
    );
    expect(lines.slice(1, 4).map((l) => l.split(";").slice(3).join(";"))).toEqual([
      expect.stringMatching(/^1;\d\d\.\d\d\.\d{4};33,33;49995,00;49995,00;[^;]+;оплачен$/),
      expect.stringMatching(/^2;.*;33,33;49995,00;99990,00;.*;просрочен$/),
      expect.stringMatching(/^3;.*;33,34;50010,00;150000,00;.*;запланирован$/),
    ]);

    const sheet = outputLayouts(input, r, { lang: "en", now: new Date(0), fingerprint: "x" }).find(
      (l) => l.name === "Tranches",
    );
    const headerRow = sheet?.rows.findIndex((row) => row[0] === "Contract") ?? -1;
    expect(sheet?.rows[headerRow]?.[9]).toBe("Status");
    expect(sheet?.rows.slice(headerRow + 1, headerRow + 4).map((row) => row[9])).toEqual([
      "paid",
      "overdue",
      "planned",
    ]);
    expect(sheet?.columns).toHaveLength(10);

    const book = tranchesXlsxSheet(r, "ky");
    expect(book.header[9]).toBe("Абалы");
    expect(book.rows.map((row) => row[9])).toEqual(["төлөндү", "мөөнөтү өттү", "пландалган"]);
    expect(book.widths).toHaveLength(10);
    const fallback = tranchesExportLayout(r, "ru");
    expect(fallback.rows.map((row) => row[9])).toEqual(["Статус", "оплачен", "просрочен", "запланирован"]);
    expect(fallback.columns).toHaveLength(10);
  });

  it("is absent without execution, and empty for a tranche the execution does not know", () => {
    const { result: r } = result();
    expect(trancheColumns(r.execution)).toBe(TRANCHE_COLUMNS);
    expect(trancheColumns({ present: false, paymentsPresent: false, contracts: [] })).toBe(TRANCHE_COLUMNS);
    // Отчёты has rows, Платежи none (CLI.md): no status column.
    expect(trancheColumns({ present: true, paymentsPresent: false, contracts: [] })).toBe(TRANCHE_COLUMNS);
    const other = { ...r, execution: { present: true, paymentsPresent: true, contracts: [] } };
    expect(trancheRows(other.tranches, "ru", other.execution)[0]?.[9]).toEqual({ kind: "text", text: "" });
    expect(tranchesCsv(other, "ru").split("\r\n")[1]?.endsWith(";")).toBe(true);
  });
});

const BOM = "\ufeff";

describe("tranche status only when Платежи has rows (CLI.md)", () => {
  const example = exampleInput("ru");
  const cases = [
    ["Платежи and Отчёты have rows", example, true],
    ["only Отчёты has rows", { ...example, payments: [] }, false],
  ] as const;

  it.each(cases)(
    "%s: the CSV, the Транши sheet, the calendar and the pane's export agree",
    (_, input, shown) => {
      expect((input.reports ?? []).length).toBeGreaterThan(0);
      const r = analyze(input);
      expect(r.execution?.present).toBe(true);
      const header = tranchesCsv(r, "ru").replace(BOM, "").split("\r\n")[0]?.split(";") ?? [];
      expect(header.includes("Статус")).toBe(shown);
      expect(header).toHaveLength(shown ? 10 : 9);
      const sheet = outputLayouts(input, r, { lang: "ru", now: new Date(0), fingerprint: "x" }).find(
        (l) => l.name === "Транши",
      );
      expect(sheet?.columns).toHaveLength(shown ? 10 : 9);
      expect(JSON.stringify(sheet?.rows).includes("просрочен")).toBe(shown);
      expect(tranchesExportLayout(r, "ru").columns).toHaveLength(shown ? 10 : 9);
      expect(paymentsCsv(r, "ru").split("\r\n")[0]?.includes("Статус")).toBe(shown);
      // The execution sheet is there either way.
      expect(
        outputLayouts(input, r, { lang: "ru", now: new Date(0), fingerprint: "x" }).some(
          (l) => l.name === "Исполнение",
        ),
      ).toBe(true);
    },
  );
});
