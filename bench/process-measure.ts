/**
 * Runs a command under node in a fresh process, as people run gsz, and measures it: wall time, peak
 * resident memory and CPU time (user + system), reported by a probe preloaded with `--require` that
 * writes `process.resourceUsage()` at exit. Shared by the benches that spawn the CLI (cli-run,
 * consolidate, real-shapes); no top-level work, so `npm run bench` runs it and it exits.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");
export const CLI = path.join(ROOT, "dist", "cli", "gsz.cjs");
export const MB = 1024 * 1024;

export interface Measure {
  readonly ms: number;
  readonly rssMb: number;
  /** CPU time (user + system): what the run costs, less sensitive than wall time to other jobs. */
  readonly cpuMs: number;
  readonly stderr: string;
}

export interface MeasureOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Exit codes that count as a run (gsz exits 1 for a run with error-level findings under --strict). */
  readonly ok?: readonly number[];
}

/** Runs `args` under node with the probe in `dir`; throws unless it exits with one of `ok` (0). */
export function measureProcess(dir: string, args: readonly string[], options: MeasureOptions = {}): Measure {
  const probe = path.join(dir, "rss-probe.cjs");
  const usageFile = path.join(dir, `rss-${process.hrtime.bigint()}.txt`);
  writeFileSync(
    probe,
    `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(usageFile)}, (() => { const u = process.resourceUsage(); return u.maxRSS + " " + (u.userCPUTime + u.systemCPUTime) / 1000; })()));\n`,
  );
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--require", probe, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: options.env ?? process.env,
    maxBuffer: 64 * MB,
  });
  const ms = performance.now() - started;
  if (!(options.ok ?? [0]).includes(run.status ?? -1))
    throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr.slice(-2000)}`);
  const [rss = "0", cpu = "0"] = readFileSync(usageFile, "utf8").split(" ");
  return { ms, rssMb: (Number(rss) * 1024) / MB, cpuMs: Number(cpu), stderr: run.stderr };
}

/** Plain ExcelJS reading `input` whole and writing it to `output`, measured the same way. */
export function plainExcelJs(dir: string, input: string, output: string): Measure {
  const script = path.join(dir, "plain-exceljs.cjs");
  writeFileSync(
    script,
    `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs", { paths: [ROOT] }))});
(async () => { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[2]); await wb.xlsx.writeFile(process.argv[3]); })()
  .catch((e) => { console.error(e); process.exit(1); });\n`,
  );
  return measureProcess(dir, [script, input, output]);
}
