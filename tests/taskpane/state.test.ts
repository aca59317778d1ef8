import type { RunOutcome } from "../../src/app/types";
import { errorMessage, initialState, reducer, type PaneState } from "../../src/taskpane/state";

const done = { kind: "done", written: ["Рейтинг", "Транши"] } as unknown as RunOutcome;
const problems: RunOutcome = {
  kind: "problems",
  problems: [{ address: { sheet: "Заявки", row: 7, col: 6 }, message: "workbook.cell.notNumber" }],
};

describe("task pane reducer", () => {
  it("starts in the given language with the example template", () => {
    expect(initialState("ky")).toEqual({ lang: "ky", example: true });
  });

  it("runs one task at a time and clears old messages when one starts", () => {
    let s: PaneState = { ...initialState("ru"), error: { key: "x" }, notice: { key: "y" } };
    s = reducer(s, { type: "start", task: "run" });
    expect(s).toMatchObject({ busy: "run", error: undefined, notice: undefined });
    expect(reducer(s, { type: "start", task: "template" })).toBe(s);
  });

  it("keeps the outcome of a run and marks the outputs fresh", () => {
    let s = reducer(initialState("ru"), { type: "stale", stale: "stale" });
    s = reducer(reducer(s, { type: "start", task: "run" }), { type: "runDone", outcome: done });
    expect(s).toMatchObject({ busy: undefined, outcome: done, stale: "fresh" });
    expect(s.notice).toEqual({ key: "ui.run.done", params: { sheets: "Рейтинг, Транши" } });
  });

  it("shows problems without claiming the outputs are fresh", () => {
    const s = reducer(reducer(initialState("ru"), { type: "stale", stale: "stale" }), {
      type: "runDone",
      outcome: problems,
    });
    expect(s.stale).toBe("stale");
    expect(s.outcome).toBe(problems);
    expect(s.notice).toBeUndefined();
  });

  it("forgets results when a new template replaces the inputs", () => {
    const s = reducer({ ...initialState("en"), outcome: done }, { type: "templateDone", sheets: ["A", "B"] });
    expect(s.outcome).toBeUndefined();
    expect(s.notice).toEqual({ key: "ui.template.done", params: { sheets: "A, B" } });
  });

  it("records failures until dismissed, and ends the busy state", () => {
    let s = reducer(initialState("ru"), { type: "start", task: "csv" });
    s = reducer(s, { type: "failed", error: { key: "ui.error.generic", params: { message: "boom" } } });
    expect(s.busy).toBeUndefined();
    expect(s.error?.params).toEqual({ message: "boom" });
    expect(reducer(s, { type: "dismissError" }).error).toBeUndefined();
  });

  it("switches language without losing anything", () => {
    const s = reducer({ ...initialState("ru"), outcome: done }, { type: "lang", lang: "en" });
    expect(s).toMatchObject({ lang: "en", outcome: done });
  });
});

describe("the template question", () => {
  const question = {
    opts: { lang: "ru", example: true } as const,
    preview: { create: ["Оценки"], wouldReplace: ["Заявки"], keep: [] },
  };

  it("asks, and a cancel changes nothing and says so", () => {
    let s = reducer(initialState("ru"), { type: "start", task: "template" });
    s = reducer(s, { type: "templateAsk", question });
    expect(s).toMatchObject({ busy: undefined, question });
    s = reducer(s, { type: "templateCancel" });
    expect(s.question).toBeUndefined();
    expect(s.notice).toEqual({ key: "ui.template.cancelled" });
  });

  it("closes the question when the chosen action starts, and says when nothing was written", () => {
    let s = reducer({ ...initialState("ru"), question }, { type: "start", task: "template" });
    expect(s.question).toBeUndefined();
    s = reducer(s, { type: "templateDone", sheets: [] });
    expect(s.notice).toEqual({ key: "ui.template.nothing" });
  });
});

describe("errorMessage", () => {
  it("explains a sheet too large to read, with its counts grouped", () => {
    const e = Object.assign(new Error("x"), {
      code: "sheet-too-large",
      params: { sheet: "Заявки", range: "A1:Y1000000", cells: "25000000", cap: "10000000" },
    });
    expect(errorMessage(e)).toEqual({
      key: "ui.error.sheet-too-large",
      params: {
        sheet: "Заявки",
        range: "A1:Y1000000",
        cells: "25\u00a0000\u00a0000",
        cap: "10\u00a0000\u00a0000",
      },
    });
  });
  it("explains a refused write over an input sheet", () => {
    const e = Object.assign(new Error("x"), { code: "input-sheet-protected", params: { sheet: "Заявки" } });
    expect(errorMessage(e)).toEqual({ key: "ui.error.input-sheet-protected", params: { sheet: "Заявки" } });
  });

  it("maps adapter errors with a code to their own message", () => {
    const e = Object.assign(new Error("x"), { code: "table-name-taken", params: { table: "T", sheet: "S" } });
    expect(errorMessage(e)).toEqual({ key: "ui.error.table-name-taken", params: { table: "T", sheet: "S" } });
  });
  it("keeps the text of any other error", () => {
    expect(errorMessage(new Error("RichApi.Error: busy"))).toEqual({
      key: "ui.error.generic",
      params: { message: "RichApi.Error: busy" },
    });
    expect(errorMessage("plain")).toEqual({ key: "ui.error.generic", params: { message: "plain" } });
  });
});
