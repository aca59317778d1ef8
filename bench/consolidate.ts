/**
 * `gsz consolidate <files> -o svod.xlsx` on a country's year: 50, 200 and 500 municipal programs, each a
 * workbook of 20 applications × 7 members × 6 criteria (tests/support/competition.ts), each program its
 * own municipality and year. Every size runs in a fresh process (as people run it), with wall time and
 * peak resident memory (the process's maxRSS, reported by a preloaded probe at exit).
 *
 * Target (issue 20): 500 workbooks in under 60 s and under 1 GB peak, and memory flat as the number of
 * files grows (each file is read, reduced to its figures and let go).
 *
 *   npm run bench -- consolidate        (GSZ_BENCH_QUICK=1: 50 and 200 only)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { competitionSheets } from "../tests/support/competition";
import { CLI, measureProcess, type Measure } from "./process-measure";

const SIZES = process.env.GSZ_BENCH_QUICK ? [50, 200] : [50, 200, 500];

/** Program `i`'s workbook: the synthetic competition, with a municipality and year of its own. */
async function writeProgram(file: string, i: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const year = 2019 + (i % 5);
  for (const [name, rows] of Object.entries(competitionSheets(20, 7, 6))) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) {
      const key = row[0];
      const value =
        key === "Муниципалитет"
          ? [key, `Муниципалитет ${Math.floor(i / 5) + 1}`]
          : key === "Бюджетный год"
            ? [key, year]
            : null;
      const dated =
        key === "Начало" ? [key, `01.01.${year}`] : key === "Окончание" ? [key, `31.12.${year}`] : value;
      // Organizations of their own per program (a country's NGOs are mostly local), so the findings
      // between programs stay as few as in real data.
      const local = name === "Заявки" && typeof row[1] === "string" && row[0] !== "№ заявки";
      const shown = local ? [row[0], `${String(row[1])} ${i + 1}`, ...row.slice(2)] : row;
      ws.addRow(name === "Программа" && dated ? dated : shown).commit();
    }
    ws.commit();
  }
  await wb.commit();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "gsz-bench-consolidate-"));
  try {
    const largest = Math.max(...SIZES);
    const files: string[] = [];
    const made = performance.now();
    for (let i = 0; i < largest; i++) {
      const file = path.join(dir, `program-${String(i + 1).padStart(3, "0")}.xlsx`);
      await writeProgram(file, i);
      files.push(file);
    }
    console.log(
      `  ${largest} workbooks of 20 applications × 7 members × 6 criteria written in ${((performance.now() - made) / 1000).toFixed(1)} s`,
    );
    const results: { n: number; m: Measure }[] = [];
    for (const n of SIZES) {
      const out = path.join(dir, `svod-${n}.xlsx`);
      const m = measureProcess(dir, [CLI, "consolidate", ...files.slice(0, n), "-o", out, "--lang", "en"]);
      results.push({ n, m });
      console.log(
        `  gsz consolidate, ${String(n).padStart(3)} workbooks: ${(m.ms / 1000).toFixed(2)} s (${(m.ms / n).toFixed(0)} ms per file), peak RSS ${m.rssMb.toFixed(0)} MB`,
      );
    }
    const first = results[0];
    const last = results[results.length - 1];
    if (first && last) {
      console.log(
        `  memory from ${first.n} to ${last.n} files: ${first.m.rssMb.toFixed(0)} → ${last.m.rssMb.toFixed(0)} MB ` +
          `(×${(last.m.rssMb / first.m.rssMb).toFixed(2)} for ×${last.n / first.n} files); ` +
          `target for 500: < 60 s and < 1024 MB`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
