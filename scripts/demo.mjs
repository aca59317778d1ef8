// `npm run demo`: makes the example workbook, runs it through the command line exactly as a user
// would, and prints what came out. The CLI bundle is built by `npm ci` (prepare); built here if absent.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const gsz = path.join(root, "bin", "gsz.cjs");
if (!existsSync(path.join(root, "dist", "cli", "gsz.cjs"))) {
  execFileSync(process.execPath, [path.join(root, "scripts", "build-cli.mjs")], {
    cwd: root,
    stdio: "inherit",
  });
}
mkdirSync(path.join(root, "out"), { recursive: true });

function step(title, args) {
  console.log(`\n$ gsz ${args.join(" ")}`);
  const run = spawnSync(process.execPath, [gsz, ...args], { cwd: root, encoding: "utf8" });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  if (run.status !== 0) {
    console.error(`${title} failed with exit status ${run.status}`);
    process.exit(run.status ?? 1);
  }
}

step("template", ["template", "out/example.xlsx", "--example", "--force"]);
step("run", [
  "run",
  "out/example.xlsx",
  "-o",
  "out/example-result.xlsx",
  "--json",
  "out/example-report.json",
]);
step("tranches", ["tranches", "out/example.xlsx", "--csv", "out/example-tranches.csv"]);

const report = JSON.parse(readFileSync(path.join(root, "out", "example-report.json"), "utf8"));
const pad = (text, n) => String(text).padEnd(n);
const left = (text, n) => String(text).padStart(n);

console.log("\nРейтинг / Ranking");
console.log(
  `${pad("#", 4)}${pad("Заявка", 8)}${pad("Напр.", 7)}${left("Балл", 8)}${left("Запрошено", 14)}${left("Рекомендовано", 15)}  Статус`,
);
for (const r of report.ranking) {
  console.log(
    `${pad(r.place ?? "—", 4)}${pad(r.application, 8)}${pad(r.direction, 7)}${left(r.total, 8)}${left(r.requested, 14)}${left(r.recommended, 15)}  ${r.status}`,
  );
}
const p = report.cofinancing.program;
console.log(
  `\nСофинансирование программы / Program co-financing: total ${p.total}; shares grant ${p.shares.grant} %, local budget ${p.shares.localBudget} %, community ${p.shares.community} %, NGO ${p.shares.ngo} %, other ${p.shares.other} %; leverage ${p.leverage}`,
);
console.log("\nТранши / Tranches");
for (const t of report.tranches) {
  const items = t.items.map((i) => `${i.n}) ${i.date} ${i.percent}% ${i.amount}`).join("; ");
  console.log(`  ${t.contract} ${t.application}: ${items}`);
}
if (report.execution) {
  console.log("\nИсполнение / Execution (paid, spent, balance; the next tranche)");
  for (const c of report.execution.contracts) {
    const next = c.nextTranche;
    const release = !next
      ? "all paid"
      : `next ${next.n}) ${next.date} ${next.amount}: ${next.releasable ? "releasable" : `held back (${next.blockedBy.join(", ")})`}`;
    console.log(
      `  ${c.contract}: paid ${c.paid}, spent ${c.spent} (${c.spentPct ?? "—"} %), balance ${c.balance}; ${release}`,
    );
  }
}
console.log(`\nРасхождения / Discrepancies: ${report.findings.length}`);
console.log(
  "\nFiles: out/example.xlsx, out/example-result.xlsx, out/example-report.json, out/example-tranches.csv",
);

// The Сводка: the 2013–2015 pilots' report, Table 1, one workbook per municipality (made from the numbers
// in tests/fixtures/pilots-2013-2015.ts), consolidated as a ministry or a donor would.
const { build } = await import("esbuild");
const writer = path.join(root, "dist", "demo", "write-pilots.cjs");
await build({
  entryPoints: [path.join(root, "tests", "support", "write-pilots.ts")],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: writer,
  logLevel: "warning",
});
rmSync(path.join(root, "out", "pilots"), { recursive: true, force: true });
execFileSync(process.execPath, [writer, path.join(root, "out", "pilots")], { cwd: root, stdio: "inherit" });
step("consolidate", [
  "consolidate",
  "out/pilots",
  "-o",
  "out/pilots-svod.xlsx",
  "--json",
  "out/pilots-svod.json",
]);
const svod = JSON.parse(readFileSync(path.join(root, "out", "pilots-svod.json"), "utf8")).consolidation;
console.log("\nСводка / Consolidation (Table 1 of the 2013–2015 pilots' report)");
console.log(
  `${pad("Пилот", 14)}${left("Грант", 14)}${left("Местный бюджет", 16)}${left("Сообщество", 13)}${left("НКО", 11)}${left("Итого", 14)}`,
);
const row = (name, f) =>
  console.log(
    `${pad(name, 14)}${left(f.grant, 14)}${left(f.localBudget, 16)}${left(f.community, 13)}${left(f.ngo, 11)}${left(f.total, 14)}`,
  );
for (const s of svod.sources) if (s.included) row(s.municipality, s.cofinancing);
row("Итого", svod.total);
const sh = svod.total.shares;
// The shares as the JSON gives them, added in hundredths: exactly 100.00 (largest remainder).
const shareSum = Object.values(sh).reduce((sum, v) => sum + Math.round(Number(v) * 100), 0);
console.log(
  `${pad("Доли, %", 14)}${left(sh.grant, 14)}${left(sh.localBudget, 16)}${left(sh.community, 13)}${left(sh.ngo, 11)}${left((shareSum / 100).toFixed(2), 14)}`,
);
console.log("\nFiles: out/pilots/*.xlsx, out/pilots-svod.xlsx, out/pilots-svod.json");
