import { runToResults } from "../../src/app/results";
import { inputFingerprint, readStamp } from "../../src/workbook/fingerprint";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { EXPECTED, peopleSheetValues } from "./fixtures/people-workbook";

const NOW = new Date(Date.UTC(2026, 10, 23, 9, 30));

describe("runToResults", () => {
  it("reads the workbook and never writes to it", async () => {
    const book = MemoryWorkbook.fromSheets({ Notes: [["not an input"]], ...peopleSheetValues() });
    const before = await book.readSheets(await book.listSheets());
    const outcome = await runToResults(book, { lang: "en", now: NOW, source: "in.xlsx" });
    expect(outcome.kind).toBe("done");
    expect(book.calls.writeSheets).toBe(0);
    expect(await book.readSheets(await book.listSheets())).toEqual(before);
  });

  it("keeps exactly the input sheets read, as read, in the workbook's tab order", async () => {
    const sheets = { Notes: [["not an input"]], ...peopleSheetValues() };
    const book = MemoryWorkbook.fromSheets(sheets);
    const outcome = await runToResults(book, { lang: "ru", now: NOW, source: "in.xlsx" });
    if (outcome.kind !== "done") throw new Error("problems");
    const copies = outcome.book.copies.map((c) => c.sheet);
    const inputs = Object.keys(peopleSheetValues());
    expect(copies.map((s) => s.name)).toEqual(inputs);
    for (const copy of copies) expect(copy.values).toEqual(sheets[copy.name as keyof typeof sheets]);
  });

  it("stamps the outputs with the fingerprint of the copies, and names source, time and sheet in each mark", async () => {
    const book = MemoryWorkbook.fromSheets(peopleSheetValues());
    const outcome = await runToResults(book, { lang: "en", now: NOW, source: "kara-balta.xlsx" });
    if (outcome.kind !== "done") throw new Error("problems");
    const { outputs, copies } = outcome.book;
    const fingerprint = await inputFingerprint(copies.map((c) => c.sheet));
    expect(outcome.fingerprint).toBe(fingerprint);
    expect(outputs.map((o) => o.name)).toEqual([
      "Ranking",
      "Co-financing",
      "Tranches",
      "Discrepancies",
      "Protocol",
    ]);
    for (const output of outputs) {
      const values = output.rows.map((row) => row.map((v) => (typeof v === "string" ? v : null)));
      expect(readStamp({ name: output.name, values })).toBe(fingerprint);
    }
    const applications = copies.find((c) => c.sheet.name === "Applications");
    expect(applications?.note).toContain("'Applications' of kara-balta.xlsx, read 2026-11-23 09:30 UTC");
    expect(applications?.note).toContain(fingerprint);
    expect(outcome.book.description).toContain("kara-balta.xlsx");
    expect(outcome.result.ranking.map((r) => r.application)).toEqual(
      EXPECTED.ranking.map((r) => r.application),
    );
  });

  it("returns the problems and no book when the input cannot be used", async () => {
    const sheets = peopleSheetValues();
    delete sheets["Критерии"];
    const outcome = await runToResults(MemoryWorkbook.fromSheets(sheets), {
      lang: "ru",
      now: NOW,
      source: "in.xlsx",
    });
    expect(outcome.kind).toBe("problems");
    expect("book" in outcome).toBe(false);
  });
});
