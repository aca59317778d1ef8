/**
 * `gsz run in.xlsx -o results.xlsx` on large competitions, side by side with plain ExcelJS reading and
 * writing the same input file, each in a fresh process (as people run it), with wall time and peak
 * resident memory (the process's maxRSS, reported by a preloaded probe at exit).
 *
 * - 2 000 applications × 15 members × 10 criteria (Оценки: 30 000 rows): target ≤ 0.8× plain ExcelJS,
 *   peak RSS ≤ 600 MB.
 * - 13 334 applications × 15 members (200 010 score rows): target ≤ 45 s and ≤ 1 GB.
 *
 *   npm run bench -- cli-run            (both sizes; GSZ_BENCH_QUICK=1 for the first only)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { competitionSheets } from "../tests/support/competition";
import { CLI, ROOT, measureProcess, plainExcelJs, type Measure } from "./process-measure";

/** The input workbook, written by ExcelJS's streaming writer (the large one would not fit otherwise). */
async function writeInput(
  file: string,
  applications: number,
  members: number,
  criteria: number,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  for (const [name, rows] of Object.entries(competitionSheets(applications, members, criteria))) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row).commit();
    ws.commit();
  }
  await wb.commit();
}

function gszRun(input: string, output: string, dir: string): Measure {
  rmSync(output, { force: true });
  return measureProcess(dir, [CLI, "run", input, "-o", output, "--lang", "en"]);
}

const best = (list: readonly Measure[]): Pick<Measure, "ms" | "rssMb"> => ({
  ms: Math.min(...list.map((m) => m.ms)),
  rssMb: Math.max(...list.map((m) => m.rssMb)),
});

const fmt = (m: Pick<Measure, "ms" | "rssMb">): string =>
  `${(m.ms / 1000).toFixed(2)} s, peak RSS ${m.rssMb.toFixed(0)} MB`;

async function sideBySide(dir: string): Promise<void> {
  const input = path.join(dir, "competition-2000.xlsx");
  await writeInput(input, 2000, 15, 10);
  const plain: Measure[] = [];
  const gsz: Measure[] = [];
  // Interleaved, so that load from other work falls on both alike; the best time of three each.
  for (let i = 0; i < 3; i += 1) {
    plain.push(plainExcelJs(dir, input, path.join(dir, "plain.xlsx")));
    gsz.push(gszRun(input, path.join(dir, "results.xlsx"), dir));
  }
  const p = best(plain);
  const g = best(gsz);
  const ratio = g.ms / p.ms;
  console.log("cli-run: 2 000 applications × 15 members × 10 criteria (30 000 score rows)");
  console.log(`  plain ExcelJS read + write: ${fmt(p)}`);
  console.log(`  gsz run -o results.xlsx:    ${fmt(g)}`);
  console.log(
    `  ratio ${ratio.toFixed(2)}× (target ≤ 0.8×)${ratio <= 0.8 ? "" : "  — OVER TARGET"}; ` +
      `memory ${g.rssMb <= 600 ? "within" : "OVER"} 600 MB`,
  );
}

async function large(dir: string): Promise<void> {
  const input = path.join(dir, "competition-13334.xlsx");
  await writeInput(input, 13_334, 15, 10);
  const g = gszRun(input, path.join(dir, "results-large.xlsx"), dir);
  console.log("cli-run: 13 334 applications × 15 members × 10 criteria (200 010 score rows)");
  console.log(
    `  gsz run -o results.xlsx: ${fmt(g)} (target ≤ 45 s and ≤ 1 GB)` +
      `${g.ms <= 45_000 && g.rssMb <= 1024 ? "" : "  — OVER TARGET"}`,
  );
}

async function main(): Promise<void> {
  spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT, stdio: "inherit" });
  const dir = mkdtempSync(path.join(tmpdir(), "gsz-bench-"));
  try {
    await sideBySide(dir);
    if (process.env.GSZ_BENCH_QUICK !== "1") await large(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
