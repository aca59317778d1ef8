import { OfficeJsWorkbook } from "../../../src/adapters/officejs";
import { runWorkbook } from "../../../src/app";
import { analyze } from "../../../src/core/analyze";
import { offThreadAnalyzer, type WorkerLike } from "../../../src/taskpane/analysis/off-thread";
import { answerRequest, encode, type AnalyzeRequest } from "../../../src/taskpane/analysis/protocol";
import { allOutputSheetNames } from "../../../src/workbook/render";
import { FakeExcel } from "../../adapters/officejs/fake-excel";
import { buildInput } from "../../support/build-input";
import { competitionSheets } from "../../support/competition";

/** A worker in this process: messages go through a structured clone both ways, as postMessage does. */
class InProcessWorker implements WorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  readonly posted: unknown[] = [];
  terminated = false;
  constructor(private readonly fail = false) {}
  postMessage(message: unknown): void {
    this.posted.push(message);
    setImmediate(() => {
      if (this.fail) this.onerror?.({ message: "out of memory" });
      else
        this.onmessage?.({
          data: structuredClone(answerRequest(structuredClone(message) as AnalyzeRequest)),
        });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("analysis off the pane's thread", () => {
  const input = buildInput();

  it("analyzes a large input in the worker, with the same result, and ends the worker", async () => {
    const workers: InProcessWorker[] = [];
    const analyzer = offThreadAnalyzer(() => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    }, 100);
    const result = await analyzer(input, { cells: 101 });
    expect(workers).toHaveLength(1);
    expect(workers[0]?.posted).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(true);
    expect(encode(result)).toEqual(encode(analyze(input)));
  });

  it("analyzes a small input directly, without a worker", async () => {
    const makeWorker = jest.fn(() => new InProcessWorker());
    const result = await offThreadAnalyzer(makeWorker, 100)(input, { cells: 100 });
    expect(makeWorker).not.toHaveBeenCalled();
    expect(encode(result)).toEqual(encode(analyze(input)));
  });

  it("falls back to the pane's thread where there is no Worker or it cannot start", async () => {
    const expected = encode(analyze(input));
    expect(encode(await offThreadAnalyzer(() => undefined, 0)(input, { cells: 1 }))).toEqual(expected);
    const throwing = offThreadAnalyzer(() => {
      throw new Error("SecurityError");
    }, 0);
    expect(encode(await throwing(input, { cells: 1 }))).toEqual(expected);
  });

  it("reports a worker that fails, and ends it", async () => {
    const worker = new InProcessWorker(true);
    await expect(offThreadAnalyzer(() => worker, 0)(input, { cells: 1 })).rejects.toThrow(
      "analysis worker: out of memory",
    );
    expect(worker.terminated).toBe(true);
  });

  it("writes the same output sheets through the worker as on the pane's thread", async () => {
    const run = async (withWorker: boolean): Promise<unknown[][][]> => {
      const excel = new FakeExcel();
      for (const [name, rows] of Object.entries(competitionSheets(300, 10, 5))) excel.addSheet(name, rows);
      const port = new OfficeJsWorkbook(excel.run, { supports: () => true });
      const now = new Date("2026-11-26T10:00:00Z");
      const workers: InProcessWorker[] = [];
      const analyzer = offThreadAnalyzer(() => {
        const w = new InProcessWorker();
        workers.push(w);
        return w;
      });
      const outcome = await runWorkbook(
        port,
        withWorker ? { lang: "ru", now, analyze: analyzer } : { lang: "ru", now },
      );
      expect(outcome.kind).toBe("done");
      // 300 applications × 10 members × 5 criteria (3 000 score rows) and the rest: over 20 000 cells
      expect(workers.length).toBe(withWorker ? 1 : 0);
      return allOutputSheetNames()
        .filter((name) => excel.sheet(name))
        .map((name) => excel.values(name));
    };
    const direct = await run(false);
    expect(direct.length).toBeGreaterThanOrEqual(4);
    expect(await run(true)).toEqual(direct);
  }, 60_000);
});
