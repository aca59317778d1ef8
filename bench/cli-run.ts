/**
 * How long `gsz run` takes on a large competition, beside plain ExcelJS on the same file.
 * 2 000 applications × 15 members × 10 criteria (Оценки has 30 000 rows), 2 budget lines per
 * application, a contract for every tenth (the generator of tests/support/competition.ts). Times
 * runWorkbook over the ExcelJS adapter (load + read + compute + render + write the file) against
 * ExcelJS alone loading and writing the same file; target ≤ 1.5×.
 *
 *   npm run bench   (bundles bench/*.ts to dist/bench and runs each)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../src/adapters/exceljs/workbook";
import { runWorkbook } from "../src/app/run";
import { readFingerprinted } from "../src/app/stale";
import { analyze } from "../src/core/analyze";
import { outputLayouts } from "../src/workbook/render";
import { competitionSheets } from "../tests/support/competition";

const APPLICATIONS = 2000;
const MEMBERS = 15;
const CRITERIA = 10;
const REPEATS = 2;

async function writeInput(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(competitionSheets(APPLICATIONS, MEMBERS, CRITERIA))) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  await wb.xlsx.writeFile(file);
}

async function plainExcelJs(input: string, output: string): Promise<number> {
  const started = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
  return performance.now() - started;
}

async function gszRun(input: string, output: string): Promise<number> {
  const started = performance.now();
  const book = await ExcelJsWorkbook.fromFile(input);
  const outcome = await runWorkbook(book, { lang: "ru", now: new Date() });
  if (outcome.kind !== "done")
    throw new Error(`the benchmark workbook has problems: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
  await book.save(output);
  return performance.now() - started;
}

/** Where a run's time goes, phase by phase (one run, so that owners know what to optimise). */
async function phases(input: string, output: string): Promise<string> {
  const laps: string[] = [];
  let t = performance.now();
  const lap = (label: string): void => {
    const now = performance.now();
    laps.push(`${label} ${(now - t).toFixed(0)} ms`);
    t = now;
  };
  const book = await ExcelJsWorkbook.fromFile(input);
  lap("load");
  const read = await readFingerprinted(book);
  lap("read + parse + fingerprint");
  if (!("input" in read)) throw new Error("the benchmark workbook has problems");
  const result = analyze(read.input);
  lap("analyze");
  const layouts = outputLayouts(read.input, result, {
    lang: "ru",
    now: new Date(),
    fingerprint: read.fingerprint,
  });
  lap("render");
  await book.writeSheets(layouts);
  lap("writeSheets");
  await book.save(output);
  lap("save");
  return laps.join(", ");
}

async function main(): Promise<void> {
  // GSZ_BENCH_INPUT=<file>: only write the benchmark workbook there (for profiling by hand).
  const keep = process.env.GSZ_BENCH_INPUT;
  if (keep !== undefined) {
    await writeInput(keep);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "gsz-bench-"));
  try {
    const input = path.join(dir, "big.xlsx");
    await writeInput(input);
    // Warm-up of both paths (JIT, file cache), then the best of REPEATS each, interleaved.
    await plainExcelJs(input, path.join(dir, "plain.xlsx"));
    await gszRun(input, path.join(dir, "gsz.xlsx"));
    let plain = Number.POSITIVE_INFINITY;
    let gsz = Number.POSITIVE_INFINITY;
    for (let i = 0; i < REPEATS; i++) {
      plain = Math.min(plain, await plainExcelJs(input, path.join(dir, "plain.xlsx")));
      gsz = Math.min(gsz, await gszRun(input, path.join(dir, "gsz.xlsx")));
    }
    const ratio = gsz / plain;
    const breakdown = await phases(input, path.join(dir, "gsz.xlsx"));
    console.log(
      `cli-run: ${APPLICATIONS} applications × ${MEMBERS} members × ${CRITERIA} criteria (${APPLICATIONS * MEMBERS} score rows)`,
    );
    console.log(`  plain ExcelJS read + write: ${plain.toFixed(0)} ms`);
    console.log(`  gsz runWorkbook (read + compute + write file): ${gsz.toFixed(0)} ms`);
    console.log(`  phases of one run: ${breakdown}`);
    console.log(`  ratio: ${ratio.toFixed(2)}× (target ≤ 1.5×)${ratio <= 1.5 ? "" : "  — OVER TARGET"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
