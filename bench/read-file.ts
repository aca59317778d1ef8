/**
 * How fast and how lean the file reader (src/adapters/files) reads a large competition, beside the
 * ExcelJS reading the CLI used before (xlsx.load of the whole workbook + worksheetValues) and the
 * SheetJS conversion the reader used before its byte parser (sheet-xml.ts; the same package, limits
 * and values, only the parsing differs).
 * 2 000 applications × 15 members × 10 criteria (Оценки has 30 000 rows); GSZ_BENCH_LARGE=1 adds
 * 13 334 applications (200 010 score rows). Each read runs in a fresh process, as the CLI does (cold:
 * module load and JIT included), so that its peak RSS is its own; the best of REPEATS runs is printed,
 * with CPU time (the machine is shared), and the highest peak RSS.
 *
 *   npm run bench -- read-file      (GSZ_BENCH_LARGE=1 GSZ_BENCH_REPEATS=1 for the 200 010-row case)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { worksheetValues } from "../src/adapters/exceljs/read";
import { openWorkbook } from "../src/adapters/files";
import { competitionSheets } from "../tests/support/competition";
import { ooxmlPackage } from "../tests/adapters/files/ooxml-package";

const MEMBERS = 15;
const CRITERIA = 10;
const REPEATS = Number(process.env.GSZ_BENCH_REPEATS ?? 3);

async function writeInput(file: string, applications: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(competitionSheets(applications, MEMBERS, CRITERIA))) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  await wb.xlsx.writeFile(file);
}

/** Reads every sheet with one reader; returns the number of cells read (so nothing is optimised away). */
async function readOnce(reader: string, file: string): Promise<number> {
  const bytes = readFileSync(file);
  let cells = 0;
  if (reader === "exceljs") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    for (const ws of wb.worksheets) for (const row of worksheetValues(ws)) cells += row.length;
  } else if (reader === "sheetjs") {
    const pkg = await ooxmlPackage(bytes, file);
    const read = await pkg.read(pkg.sheetNames(), "sheetjs");
    if (!read.ok) throw new Error(read.problems[0]?.key);
    for (const sheet of read.sheets) for (const row of sheet.values) cells += row.length;
  } else {
    const opened = await openWorkbook(bytes, file);
    if (!opened.ok) throw new Error(opened.problem.key);
    const sheets = await opened.book.readSheets(await opened.book.listSheets());
    for (const sheet of sheets) for (const row of sheet.values) cells += row.length;
  }
  return cells;
}

interface Measure {
  readonly wall: number;
  readonly cpu: number;
  readonly cells: number;
  readonly peakMb: number;
}

/** The child: one read, and the process's peak RSS. */
async function child(reader: string, file: string): Promise<void> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const cells = await readOnce(reader, file);
  const used = process.cpuUsage(cpuStarted);
  const measure: Measure = {
    wall: performance.now() - started,
    cpu: (used.user + used.system) / 1000,
    cells,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(measure));
}

/** The best time and the highest peak of REPEATS fresh processes. */
function measure(reader: string, file: string): Measure {
  const runs: Measure[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const run = spawnSync(process.execPath, [__filename, "--child", reader, file], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`${reader}: ${run.stderr}`);
    runs.push(JSON.parse(run.stdout) as Measure);
  }
  return {
    wall: Math.min(...runs.map((m) => m.wall)),
    cpu: Math.min(...runs.map((m) => m.cpu)),
    cells: runs[0]?.cells ?? 0,
    peakMb: Math.max(...runs.map((m) => m.peakMb)),
  };
}

async function main(): Promise<void> {
  const [flag, reader, file] = process.argv.slice(2);
  if (flag === "--child" && reader !== undefined && file !== undefined) {
    await child(reader, file);
    return;
  }
  const sizes = process.env.GSZ_BENCH_LARGE === "1" ? [2000, 13_334] : [2000];
  const dir = mkdtempSync(path.join(tmpdir(), "gsz-bench-read-"));
  try {
    for (const applications of sizes) {
      const input = path.join(dir, `big-${applications}.xlsx`);
      await writeInput(input, applications);
      const mb = (readFileSync(input).length / (1024 * 1024)).toFixed(1);
      const exceljs = measure("exceljs", input);
      const viaSheetjs = measure("sheetjs", input);
      const files = measure("files", input);
      if (exceljs.cells !== files.cells) throw new Error(`cells differ: ${exceljs.cells} vs ${files.cells}`);
      if (viaSheetjs.cells !== files.cells)
        throw new Error(`cells differ: ${viaSheetjs.cells} vs ${files.cells}`);
      const line = (label: string, m: Measure): string =>
        `  ${label}: ${m.wall.toFixed(0)} ms (CPU ${m.cpu.toFixed(0)} ms), peak RSS ${m.peakMb.toFixed(0)} MB`;
      console.log(
        `read-file: ${applications} applications × ${MEMBERS} members × ${CRITERIA} criteria (${applications * MEMBERS} score rows, ${mb} MB file, ${files.cells} cells)`,
      );
      console.log(line("ExcelJS load + worksheetValues", exceljs));
      console.log(line("files reader, values through SheetJS (before)", viaSheetjs));
      console.log(line("files reader (openWorkbook + readSheets)", files));
      console.log(
        `  ratio: time ${(files.wall / exceljs.wall).toFixed(2)}×, peak RSS ${(files.peakMb / exceljs.peakMb).toFixed(2)}×`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
