import type { WorkerLike } from "./off-thread";

/**
 * A new analysis worker, or undefined where the webview has no Worker. webpack turns this `new Worker(new
 * URL(…, import.meta.url))` into a separate chunk on the pane's origin (the CSP's script-src 'self' covers
 * it). Kept apart from the rest: jest cannot load `import.meta`.
 */
export function spawnAnalysisWorker(): WorkerLike | undefined {
  if (typeof Worker === "undefined") return undefined;
  return new Worker(new URL("./worker.ts", import.meta.url)) as unknown as WorkerLike;
}
