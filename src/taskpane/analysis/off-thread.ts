import { analyze } from "../../core/analyze";
import type { GszInput, GszResult } from "../../core/model";
import { analyzeRequest, resultOf, type AnalyzeResponse } from "./protocol";

/**
 * Inputs above this many cells (as read from the workbook) are analyzed in a Web Worker, so that the pane's
 * thread stays responsive and Office never reports the add-in as not responding. Below it, posting the data
 * costs more than it saves: 20 000 cells analyze in well under a second.
 */
export const OFF_THREAD_CELLS = 20_000;

/** The part of a Worker used here (tests pass an in-process one). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

/** The analysis for runWorkbook: a worker for large inputs where one can be made, else the pane's thread. */
export type Analyzer = (input: GszInput, size: { readonly cells: number }) => Promise<GszResult>;

/**
 * `makeWorker` answers a new worker, or undefined where the webview has none (or it cannot start); then,
 * and for small inputs, the analysis runs directly. One worker per analysis, ended when it answers.
 */
export function offThreadAnalyzer(
  makeWorker: () => WorkerLike | undefined,
  threshold = OFF_THREAD_CELLS,
): Analyzer {
  let next = 1;
  return async (input, size) => {
    const worker = size.cells > threshold ? safely(makeWorker) : undefined;
    if (!worker) return analyze(input);
    const id = next++;
    try {
      const response = await new Promise<AnalyzeResponse>((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data as AnalyzeResponse);
        worker.onerror = (event) => reject(new Error(`analysis worker: ${event.message ?? "failed"}`));
        worker.postMessage(analyzeRequest(id, input));
      });
      return resultOf(response);
    } finally {
      worker.terminate();
    }
  };
}

function safely(makeWorker: () => WorkerLike | undefined): WorkerLike | undefined {
  try {
    return makeWorker();
  } catch {
    return undefined;
  }
}
