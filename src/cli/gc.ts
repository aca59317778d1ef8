import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection, for the boundaries between a large run's phases (read, analyze, write).
 * Node's heap may grow to several gigabytes before it collects on its own, so a run over 200 000
 * score rows would hold each finished phase's garbage alongside the next phase's work; collecting at
 * the boundaries keeps the process's peak memory near what is really in use. A no-op if the engine
 * does not offer it.
 */
export function collectGarbage(): void {
  collector();
}

const collector: () => void = (() => {
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    if (typeof gc === "function") return () => void gc();
  } catch {
    // Not offered by this engine: collection stays automatic.
  }
  return () => undefined;
})();

/**
 * Memory by phase for `npm run bench` (GSZ_PHASE_MEMORY=1): after each phase, one line on standard
 * error with the process's peak resident memory so far and the heap in use after a collection. Silent
 * otherwise.
 */
export function phaseMemory(env: Readonly<Record<string, string | undefined>>, err: (line: string) => void) {
  const on = env.GSZ_PHASE_MEMORY === "1";
  const MB = 1024 * 1024;
  return (phase: string): void => {
    if (!on) return;
    const peak = (process.resourceUsage().maxRSS * 1024) / MB;
    const heap = process.memoryUsage().heapUsed / MB;
    err(`gsz-phase ${phase} peak-rss-mb=${peak.toFixed(0)} heap-mb=${heap.toFixed(0)}`);
  };
}
