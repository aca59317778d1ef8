import { reportJson } from "../../src/app/report";
import { runWorkbook } from "../../src/app/run";
import { checkStale } from "../../src/app/stale";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { readStamp } from "../../src/workbook/fingerprint";
import { EXPECTED, peopleSheetValues } from "./fixtures/people-workbook";

const NOW = new Date(Date.UTC(2026, 10, 23, 9, 30));

function peopleBook(): MemoryWorkbook {
  return MemoryWorkbook.fromSheets(peopleSheetValues());
}

describe("runWorkbook", () => {
  it("lists the sheets once and reads inputs and old outputs in one request", async () => {
    const book = peopleBook();
    await runWorkbook(book, { lang: "ru", now: NOW });
    const before = { ...book.calls };
    const again = await runWorkbook(book, { lang: "ru", now: NOW });
    expect(again.kind === "done" && again.wasStale).toBe(false);
    expect(book.calls.listSheets - before.listSheets).toBe(1);
    expect(book.calls.readSheets - before.readSheets).toBe(1);
  });

  it("still sees the outputs' stamps when an input sheet is gone", async () => {
    const book = peopleBook();
    await runWorkbook(book, { lang: "ru", now: NOW });
    book.deleteSheet("Applications");
    expect(await checkStale(book)).toBe("stale");
  });

  it("replaces the outputs of an earlier run in another language instead of keeping both", async () => {
    const book = peopleBook();
    const inputs = await book.listSheets();
    await runWorkbook(book, { lang: "ru", now: NOW });
    const english = await runWorkbook(book, { lang: "en", now: NOW });
    if (english.kind !== "done") throw new Error("problems");
    expect(english.written).toEqual(["Ranking", "Co-financing", "Tranches", "Discrepancies", "Protocol"]);
    expect(await book.listSheets()).toEqual([...inputs, ...english.written]);
  });

  it("computes the hand-checked results of a workbook filled the way people fill it", async () => {
    const book = peopleBook();
    const outcome = await runWorkbook(book, { lang: "ru", now: NOW });
    if (outcome.kind !== "done") throw new Error(JSON.stringify(outcome.problems));
    const report = reportJson(outcome.result, "ru");
    expect(report.ranking).toMatchObject(EXPECTED.ranking);
    expect(report.cofinancing).toMatchObject(EXPECTED.cofinancing);
    expect(report.tranches).toMatchObject(EXPECTED.tranches);
    expect(report.ranking.map((r) => [r.application, r.reason])).toEqual([
      [
        "A-01",
        "финансируется: запрошено 150\u00a0000,00 сом, по направлению 1 оставалось 250\u00a0000,00 сом",
      ],
      ["A-02", "резерв: по направлению 1 осталось 100\u00a0000,00 сом < запрошено 120\u00a0000,00 сом"],
      ["A-03", "ниже порога: балл 50,00 < проходного 60"],
    ]);
    expect(outcome.written).toEqual(["Рейтинг", "Софинансирование", "Транши", "Расхождения", "Протокол"]);
    expect(book.calls.writeSheets).toBe(1);
    expect(outcome.wasStale).toBe(false);
  });

  it("stamps every output sheet with the input fingerprint and tells fresh from stale", async () => {
    const book = peopleBook();
    expect(await checkStale(book)).toBe("no-outputs");
    const first = await runWorkbook(book, { lang: "ru", now: NOW });
    if (first.kind !== "done") throw new Error("problems");
    for (const name of first.written) {
      const [sheet] = await book.readSheets([name]);
      expect(sheet && readStamp(sheet)).toBe(first.fingerprint);
    }
    expect(await checkStale(book)).toBe("fresh");

    const scores = book.sheet("Оценки") ?? [];
    const row = scores[1] ?? [];
    row[2] = 7;
    book.setSheet("Оценки", scores);
    expect(await checkStale(book)).toBe("stale");
    const second = await runWorkbook(book, { lang: "ru", now: NOW });
    if (second.kind !== "done") throw new Error("problems");
    expect(second.wasStale).toBe(true);
    expect(second.fingerprint).not.toBe(first.fingerprint);
    expect(await checkStale(book)).toBe("fresh");
  });

  it("calls an output sheet without a stamp stale (typed by hand or damaged)", async () => {
    const book = peopleBook();
    await runWorkbook(book, { lang: "ru", now: NOW });
    expect(await checkStale(book)).toBe("fresh");
    book.setSheet("Рейтинг", [["my own ranking"]]);
    expect(await checkStale(book)).toBe("stale");
  });

  it("writes nothing when an input cell cannot be parsed", async () => {
    const sheets = peopleSheetValues();
    const apps = sheets.Applications ?? [];
    const row = apps[2] ?? [];
    row[2] = "сто тысяч";
    const book = MemoryWorkbook.fromSheets(sheets);
    const outcome = await runWorkbook(book, { lang: "en", now: NOW });
    expect(outcome.kind).toBe("problems");
    if (outcome.kind !== "problems") return;
    expect(outcome.problems.map((p) => `${p.address.sheet}!${p.address.row}:${p.address.col}`)).toContain(
      "Applications!3:3",
    );
    expect(book.calls.writeSheets).toBe(0);
  });

  it("gives the same output values on unchanged input", async () => {
    const a = peopleBook();
    const b = peopleBook();
    await runWorkbook(a, { lang: "ky", now: NOW });
    await runWorkbook(b, { lang: "ky", now: NOW });
    await runWorkbook(b, { lang: "ky", now: NOW });
    for (const name of await a.listSheets()) expect(b.sheet(name)).toEqual(a.sheet(name));
  });
});
