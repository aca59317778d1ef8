/**
 * `gsz run` on workbooks shaped as people fill them, not as the template lays them out: two title rows
 * and a blank row above every table, the columns of each table in a shuffled order, the numbers typed
 * amounts as Russian-locale text (`50 000,00` with no-break spaces) and the tables' headers in English.
 * Two sizes: 2 000 applications × 15 members × 10 criteria, and 13 334 × 15 × 10 (200 010 score rows).
 * For each: `--json` alone, `-o` alone and both, next to plain ExcelJS reading and writing the same
 * file, each in a fresh process with wall time and peak resident memory (maxRSS at exit), and the
 * memory of `gsz run -o --json` after each phase (read, analyze, write). The machine is shared (2
 * cores, other jobs running): every figure is the best of N runs, interleaved, N printed.
 *
 *   npm run bench -- real-shapes          (GSZ_BENCH_QUICK=1: the 2 000 shape only; GSZ_BENCH_LARGE=1: the large only)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { competitionSheets, type Row } from "../tests/support/competition";
import {
  APPLICATIONS_TABLE,
  BUDGET_TABLE,
  COMMISSION_TABLE,
  CONTRACTS_TABLE,
  CRITERIA_TABLE,
  SCORES_TABLE,
} from "../src/workbook/schema/columns";
import { CLI, ROOT, measureProcess, plainExcelJs, type Measure } from "./process-measure";

const NBSP = "\u00a0";

/** Russian-locale text of a number as people type it: `1 234 567,5` (no-break spaces), `7`. */
function russian(value: number): string {
  const [whole = "0", fraction] = Math.abs(value)
    .toFixed(2)
    .replace(/\.?0+$/, "")
    .split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

const ENGLISH = new Map<string, string>();
for (const table of [
  APPLICATIONS_TABLE,
  BUDGET_TABLE,
  CRITERIA_TABLE,
  COMMISSION_TABLE,
  SCORES_TABLE,
  CONTRACTS_TABLE,
]) {
  for (const column of table.columns) ENGLISH.set(column.header.ru, column.header.en);
}

/** A fixed shuffle (the same every run): a rotation by 3 then the pairs swapped. */
function shuffled(width: number): number[] {
  const order = Array.from({ length: width }, (_, i) => (i + 3) % width);
  for (let i = 0; i + 1 < width; i += 2) [order[i], order[i + 1]] = [order[i + 1] ?? 0, order[i] ?? 0];
  return order;
}

/** One table sheet as a person lays it out; date columns (serials) stay numbers. */
function personShaped(name: string, rows: readonly Row[]): Row[] {
  const [header = [], ...data] = rows;
  const order = shuffled(header.length);
  const dateColumns = new Set(header.flatMap((h, j) => (h === "Дата подачи" ? [j] : [])));
  const out: Row[] = [
    [`${name} — конкурс социального заказа г. Тестовый, 2019`],
    ["Составил: отдел финансов"],
    [],
  ];
  out.push(order.map((j) => ENGLISH.get(String(header[j])) ?? header[j] ?? null));
  for (const row of data) {
    out.push(
      order.map((j) => {
        const v = row[j] ?? null;
        // Amounts are typed as text; scores and counts stay numbers, as people type them.
        return typeof v === "number" && !dateColumns.has(j) && (v >= 1000 || !Number.isInteger(v))
          ? russian(v)
          : v;
      }),
    );
  }
  return out;
}

/** The input workbook, written by ExcelJS's streaming writer (the large one would not fit otherwise). */
async function writeInput(file: string, applications: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  for (const [name, rows] of Object.entries(competitionSheets(applications, 15, 10))) {
    const ws = wb.addWorksheet(name);
    const shaped =
      name === "Программа"
        ? rows.map((r) => r.map((v) => (typeof v === "number" && v > 1000 ? russian(v) : v)))
        : personShaped(name, rows);
    for (const row of shaped) ws.addRow(row).commit();
    ws.commit();
  }
  await wb.commit();
}

type Mode = "--json" | "-o" | "-o --json";
const MODES: readonly Mode[] = ["--json", "-o", "-o --json"];

function gszRun(dir: string, input: string, mode: Mode): Measure {
  const out = path.join(dir, "results.xlsx");
  const json = path.join(dir, "report.json");
  rmSync(out, { force: true });
  rmSync(json, { force: true });
  const args = [CLI, "run", input, "--lang", "en"];
  if (mode.includes("-o")) args.push("-o", out);
  if (mode.includes("--json")) args.push("--json", json);
  return measureProcess(dir, args, { env: { ...process.env, GSZ_PHASE_MEMORY: "1" }, ok: [0, 1] });
}

const best = (list: readonly Measure[]): Measure => ({
  ms: Math.min(...list.map((m) => m.ms)),
  // Memory does not depend on the load of other jobs: the largest seen is reported.
  rssMb: Math.max(...list.map((m) => m.rssMb)),
  cpuMs: Math.min(...list.map((m) => m.cpuMs)),
  stderr: list[0]?.stderr ?? "",
});

const fmt = (m: Measure): string =>
  `${(m.ms / 1000).toFixed(2).padStart(6)} s (CPU ${(m.cpuMs / 1000).toFixed(2).padStart(6)} s), peak RSS ${m.rssMb.toFixed(0).padStart(5)} MB`;
async function shape(
  dir: string,
  applications: number,
  runs: number,
  target: (plain: Measure, both: Measure) => string,
): Promise<void> {
  const input = path.join(dir, `people-${applications}.xlsx`);
  await writeInput(input, applications);
  const plain: Measure[] = [];
  const gsz = new Map<Mode, Measure[]>(MODES.map((m) => [m, []]));
  for (let i = 0; i < runs; i += 1) {
    plain.push(plainExcelJs(dir, input, path.join(dir, "plain.xlsx")));
    for (const mode of MODES) gsz.get(mode)?.push(gszRun(dir, input, mode));
  }
  const p = best(plain);
  console.log(
    `real-shapes: ${applications} applications × 15 members × 10 criteria (${applications * 15} score rows), ` +
      `people's layout, best of ${runs}`,
  );
  console.log(`  plain ExcelJS read + write:      ${fmt(p)}`);
  for (const mode of MODES) {
    const m = best(gsz.get(mode) ?? []);
    console.log(
      `  gsz run ${mode.padEnd(10)}             ${fmt(m)}  (${(m.ms / p.ms).toFixed(2)}× plain; CPU ${(m.cpuMs / p.cpuMs).toFixed(2)}×)`,
    );
  }
  const both = best(gsz.get("-o --json") ?? []);
  const phases = both.stderr.split("\n").filter((l) => l.startsWith("gsz-phase"));
  console.log(`  memory by phase (-o --json): ${phases.map((l) => l.replace("gsz-phase ", "")).join("; ")}`);
  console.log(`  ${target(p, both)}`);
}

async function main(): Promise<void> {
  // GSZ_BENCH_WRITE=<file> [GSZ_BENCH_APPS=n]: only write a people-shaped input (for profiling by hand).
  const only = process.env.GSZ_BENCH_WRITE;
  if (only) return writeInput(only, Number(process.env.GSZ_BENCH_APPS ?? 2000));
  spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT, stdio: "inherit" });
  const dir = mkdtempSync(path.join(tmpdir(), "gsz-bench-"));
  try {
    if (process.env.GSZ_BENCH_LARGE !== "1")
      await shape(dir, 2000, 3, (p, g) => {
        const ratio = g.ms / p.ms;
        const ok = ratio <= 0.7 && g.rssMb <= 400;
        return (
          `target -o --json ≤ 0.7× plain and ≤ 400 MB: ${ratio.toFixed(2)}× (CPU ${(g.cpuMs / p.cpuMs).toFixed(2)}×), ` +
          `${g.rssMb.toFixed(0)} MB${ok ? "" : "  — OVER TARGET"}`
        );
      });
    if (process.env.GSZ_BENCH_QUICK !== "1") {
      await shape(dir, 13_334, Number(process.env.GSZ_BENCH_RUNS ?? 1), (_, g) => {
        const ok = g.ms <= 25_000 && g.rssMb <= 800;
        return `target -o --json ≤ 25 s and ≤ 800 MB: ${(g.ms / 1000).toFixed(1)} s, ${g.rssMb.toFixed(0)} MB${ok ? "" : "  — OVER TARGET"}`;
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
