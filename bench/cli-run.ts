/**
 * How long `gsz run` takes on a large competition, beside plain ExcelJS on the same file.
 * 2 000 applications × 15 members × 10 criteria (Оценки has 30 000 rows), 2 budget lines per
 * application, 400 contracts. Times runWorkbook over the ExcelJS adapter (load + read + compute +
 * render + write the file) against ExcelJS alone loading and writing the same file; target ≤ 1.5×.
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

const APPLICATIONS = 2000;
const MEMBERS = 15;
const CRITERIA = 10;
const CONTRACTS = 400;
const REPEATS = 2;

type Row = (string | number | null)[];

/** A deterministic stream, so that every run times the same workbook. */
function stream(seed: number): (mod: number) => number {
  let state = seed;
  return (mod) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % mod;
  };
}

function sheets(): Record<string, Row[]> {
  const next = stream(2019);
  const directions = 5;
  const program: Row[] = [
    ["Программа социального заказа (тест производительности)"],
    [],
    ["Параметр", "Значение"],
    ["Муниципалитет", "г. Тестовый"],
    ["Программа", "Социальный заказ, большой конкурс"],
    ["Бюджетный год", 2019],
    ["Начало", "01.01.2019"],
    ["Окончание", "31.12.2019"],
    ["Бюджет программы", "250 000 000,00"],
    ["Проходной балл", 50],
    ["Схема траншей", "50/30/20"],
    [],
    ["Код", "Направление", "Выделено", "Макс. на проект"],
  ];
  for (let d = 1; d <= directions; d++) program.push([String(d), `Направление ${d}`, 50_000_000, 200_000]);

  const applications: Row[] = [
    [
      "№ заявки",
      "Организация",
      "Вид организации",
      "Направление",
      "Проект",
      "Грант",
      "Местный бюджет",
      "Сообщество",
      "НКО",
      "Другие",
      "Итого",
      "Начало",
      "Окончание",
      "Дата подачи",
    ],
  ];
  const budget: Row[] = [
    [
      "№ заявки",
      "Статья",
      "Описание",
      "Кол-во",
      "Цена",
      "Месяцев",
      "Грант",
      "Местный бюджет",
      "Сообщество",
      "НКО",
      "Другие",
      "Итого",
    ],
  ];
  for (let i = 1; i <= APPLICATIONS; i++) {
    const id = `A-${String(i).padStart(4, "0")}`;
    const grant = 50_000 + next(100) * 1_000;
    const local = next(20) * 1_000;
    const ngo = 5_000 + next(10) * 500;
    applications.push([
      id,
      `ОФ «Организация ${i}»`,
      "ОФ",
      String(1 + (i % directions)),
      `Проект ${i}`,
      grant,
      local,
      0,
      ngo,
      0,
      grant + local + ngo,
      "01.03.2019",
      "30.11.2019",
      43480 + (i % 30),
    ]);
    budget.push([
      id,
      "Оплата труда",
      "Координатор",
      1,
      grant / 2 + local,
      null,
      grant / 2,
      local,
      0,
      0,
      0,
      grant / 2 + local,
    ]);
    budget.push([
      id,
      "Мероприятия",
      "Тренинги",
      10,
      (grant / 2 + ngo) / 10,
      null,
      grant / 2,
      0,
      0,
      ngo,
      0,
      grant / 2 + ngo,
    ]);
  }
  const criteria: Row[] = [["Код", "Критерий", "Макс. балл", "Вес"]];
  for (let c = 1; c <= CRITERIA; c++) criteria.push([`K${c}`, `Критерий ${c}`, 10, 1]);
  const commission: Row[] = [["Член комиссии", "Роль", "Отвод"]];
  for (let m = 1; m <= MEMBERS; m++) commission.push([`Член ${m}`, m === 1 ? "председатель" : "член", null]);
  const scores: Row[] = [
    ["Член комиссии", "№ заявки", ...Array.from({ length: CRITERIA }, (_, c) => `K${c + 1}`), "Комментарий"],
  ];
  for (let i = 1; i <= APPLICATIONS; i++) {
    const id = `A-${String(i).padStart(4, "0")}`;
    const base = 3 + next(6);
    for (let m = 1; m <= MEMBERS; m++) {
      scores.push([
        `Член ${m}`,
        id,
        ...Array.from({ length: CRITERIA }, () => Math.min(10, base + next(3))),
        null,
      ]);
    }
  }
  const contracts: Row[] = [
    [
      "№ заявки",
      "№ договора",
      "Дата договора",
      "Сумма гранта",
      "Начало",
      "Окончание",
      "Схема траншей",
      "Даты траншей",
    ],
  ];
  for (let i = 1; i <= CONTRACTS; i++) {
    const row = applications[i];
    contracts.push([
      `A-${String(i).padStart(4, "0")}`,
      `Д-${i}`,
      "15.02.2019",
      row?.[5] ?? 0,
      "01.03.2019",
      "30.11.2019",
      null,
      null,
    ]);
  }
  return {
    Программа: program,
    Заявки: applications,
    Смета: budget,
    Критерии: criteria,
    Комиссия: commission,
    Оценки: scores,
    Договоры: contracts,
  };
}

async function writeInput(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets())) {
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
