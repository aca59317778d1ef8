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
