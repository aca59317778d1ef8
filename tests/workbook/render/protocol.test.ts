import { analyze } from "../../../src/core/analyze";
import type { Finding, GszResult } from "../../../src/core/model";
import type { SheetLayout, WriteValue } from "../../../src/workbook/port";
import { outputLayouts, type RenderContext } from "../../../src/workbook/render";
import { renderProtocol } from "../../../src/workbook/render/protocol";
import { tiesToSettle } from "../../../src/workbook/render/protocol-facts";
import { exampleInput } from "../../../src/workbook/template";

const ctx = (lang: RenderContext["lang"]): RenderContext => ({
  lang,
  now: new Date(Date.UTC(2026, 10, 23, 9, 30)),
  fingerprint: "ab".repeat(32),
});

const input = exampleInput("ru");
const result = analyze(input);

/** The row whose cell `col` (0-based) reads `text`. */
function rowWith(layout: SheetLayout, col: number, text: string): readonly WriteValue[] {
  const row = layout.rows.find((r) => r[col] === text);
  if (!row) throw new Error(`no row with ${text}`);
  return row;
}

describe("the protocol of the example (Kara-Balta 2019)", () => {
  const protocol = renderProtocol(input, result, ctx("ru"));

  it("states municipality, program, meeting date and quorum", () => {
    expect(protocol.name).toBe("Протокол");
    expect(rowWith(protocol, 0, "Муниципалитет:")[2]).toBe("г. Кара-Балта");
    expect(rowWith(protocol, 0, "Программа:")[2]).toBe(
      "Государственный социальный заказ мэрии г. Кара-Балта на 2019 год",
    );
    expect(rowWith(protocol, 0, "Дата заседания:")[2]).toBe("20.02.2019");
    expect(rowWith(protocol, 0, "Кворум:")[2]).toBe("7 оценивающих — соблюдён по всем заявкам");
  });

  it("lists every member with the role, the applications scored and the recusals", () => {
    expect(rowWith(protocol, 1, "Асанова Гульмира").slice(0, 4)).toEqual([
      1,
      "Асанова Гульмира",
      "Председатель",
      9,
    ]);
    const recused = rowWith(protocol, 1, "Садыков Нурлан");
    expect([recused[3], recused[7]]).toEqual([8, "2"]);
  });

  it("gives the ranking with each decision and amount, and the money per direction", () => {
    expect(rowWith(protocol, 1, "ОФ «Ак-Ниет»")).toEqual([
      1,
      "ОФ «Ак-Ниет»",
      "1",
      85,
      125000,
      125000,
      null,
      "финансируется: запрошено 125\u00a0000,00 сом, по направлению 1 оставалось 250\u00a0000,00 сом",
    ]);
    expect(rowWith(protocol, 1, "ОФ «Жаштар»")[7]).toMatch(/^ниже порога: балл \d+,\d\d < проходного 60$/);
    const directions = protocol.rows.filter(
      (r) => typeof r[2] === "string" && /^[123]$/.test(r[2]) && r[0] === null,
    );
    expect(directions.map((r) => r.slice(2, 7))).toEqual([
      ["1", 2, 250000, 245000, 5000],
      ["2", 1, 50000, 50000, 0],
      ["3", 2, 100000, 100000, 0],
    ]);
    const totals = protocol.rows.filter((r) => r[1] === "Итого");
    expect(totals.map((r) => r.slice(3, 7))).toEqual([
      [null, 630000, 395000, null],
      [5, 400000, 395000, 5000],
    ]);
  });

  it("says there is no tie to settle, and has a signature line for every member, chair and secretary first", () => {
    expect(protocol.rows.some((r) => r[0] === "Равных баллов на границе финансирования нет.")).toBe(true);
    const signed = protocol.rows.filter((r) => r[7] === "______________________");
    expect(signed).toHaveLength(9);
    expect(signed.slice(0, 3).map((r) => r[2])).toEqual([
      "Председатель",
      "Заместитель председателя",
      "Секретарь",
    ]);
  });
});

describe("ties at the funding line", () => {
  const tie = (application: string, tiedWith: string): Finding => ({
    rule: "tie-at-funding-line",
    severity: "error",
    message: "rules.tie-at-funding-line",
    params: { application, direction: "1", total: "78.5", tiedWith },
  });

  it("are grouped per direction and total, every application named once", () => {
    expect(tiesToSettle([tie("3", "5"), tie("5", "3, 8"), tie("8", "3, 5")])).toEqual([
      { direction: "1", total: "78.5", applications: ["3", "5", "8"] },
    ]);
  });

  it("are named in the protocol with a line for the commission's decision, never resolved", () => {
    const tied: GszResult = { ...result, findings: [tie("3", "5"), tie("5", "3")] };
    const rows = renderProtocol(input, tied, ctx("en")).rows;
    const line = rows.find((r) => typeof r[1] === "string" && r[1].startsWith("Direction 1:"));
    expect(line?.[1]).toBe("Direction 1: applications 3, 5, 78.5 each");
    expect(line?.[7]).toBe("Commission's decision: ______________");
  });
});

describe("every output sheet prints as a document", () => {
  it.each(["ru", "en", "ky"] as const)(
    "A4 one page wide, header row repeated, program and page N of M (%s)",
    (lang) => {
      const footer = {
        ru: "стр. {page} из {pages}",
        en: "page {page} of {pages}",
        ky: "{pages} беттин {page}-бети",
      };
      for (const layout of outputLayouts(input, result, ctx(lang))) {
        expect(layout.pageSetup?.header).toContain(input.program.name);
        expect(layout.pageSetup?.footer).toBe(footer[lang]);
      }
    },
  );

  it("repeats each table sheet's header row and turns wide sheets to landscape", () => {
    const [ranking, , , discrepancies, protocol] = outputLayouts(input, result, ctx("ru"));
    expect(ranking?.pageSetup).toMatchObject({ orientation: "landscape", repeatRows: { first: 4, last: 4 } });
    expect(ranking?.rows[3]?.[0]).toBe("Место");
    expect(discrepancies?.pageSetup?.repeatRows).toEqual({ first: 4, last: 4 });
    expect(protocol?.pageSetup?.repeatRows).toBeUndefined();
  });

  it("wraps a column whose text is longer than its widest width", () => {
    const protocol = renderProtocol(input, result, ctx("ru"));
    // The directions' names (column B) run to 90 characters; the roles (column C) fit.
    expect(protocol.columns[1]).toMatchObject({ wrap: true, width: 46 });
    expect(protocol.columns[2]?.wrap).toBeUndefined();
  });
});
