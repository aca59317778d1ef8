// The mutation score per core folder and in all, from one or more Stryker JSON reports
// (`npm run mutate:score [-- report.json …]`; by default every reports/mutation/**/mutation.json, the
// whole core's and each GSZ_MUTATE part's, a later report's file replacing an earlier one's).
// Score as Stryker counts it: (killed + timeout) / (killed + timeout + survived + no coverage);
// runtime and compile errors and ignored mutants are not counted. `--survivors` lists what survived.
import { existsSync, readFileSync, readdirSync } from "node:fs";

const args = process.argv.slice(2);
const listSurvivors = args.includes("--survivors");
const markdown = args.includes("--markdown");
const reports = args.filter((a) => !a.startsWith("--"));
const files = new Map();
const defaults = () => {
  const root = "reports/mutation";
  if (!existsSync(root)) return [];
  const parts = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory());
  return [`${root}/mutation.json`, ...parts.map((e) => `${root}/${e.name}/mutation.json`)].filter(existsSync);
};
for (const report of reports.length > 0 ? reports : defaults()) {
  for (const [name, file] of Object.entries(JSON.parse(readFileSync(report, "utf8")).files))
    files.set(name, file);
}

const detected = new Set(["Killed", "Timeout"]);
const undetected = new Set(["Survived", "NoCoverage"]);
const folders = new Map();
const add = (key, status) => {
  const counts = folders.get(key) ?? { detected: 0, undetected: 0 };
  if (detected.has(status)) counts.detected += 1;
  if (undetected.has(status)) counts.undetected += 1;
  folders.set(key, counts);
};
const survivors = [];
for (const [name, file] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const folder = name
    .replace(/^src\/core\//, "")
    .replace(/\/[^/]*$|^[^/]*$/, (m) => (m.startsWith("/") ? "" : "(top level)"));
  const lines = file.source.split("\n");
  for (const mutant of file.mutants) {
    add(folder, mutant.status);
    add("all", mutant.status);
    if (undetected.has(mutant.status)) {
      const line = mutant.location.start.line;
      survivors.push(
        `${name}:${line} ${mutant.status} ${mutant.mutatorName} | ${lines[line - 1].trim().slice(0, 100)}`,
      );
    }
  }
}
const percent = ({ detected: d, undetected: u }) =>
  d + u === 0 ? "—" : `${((100 * d) / (d + u)).toFixed(1)} %`;
const rows = [...folders].sort(([a], [b]) => (a === "all" ? 1 : b === "all" ? -1 : a < b ? -1 : 1));
if (markdown) {
  console.log("| Folder of `src/core` | Killed | Not killed | Score |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const [folder, counts] of rows) {
    const name = folder === "all" ? "**all**" : `\`${folder}\``;
    console.log(`| ${name} | ${counts.detected} | ${counts.undetected} | ${percent(counts)} |`);
  }
} else {
  for (const [folder, counts] of rows) {
    console.log(
      `${folder.padEnd(16)} ${String(counts.detected).padStart(5)} detected ${String(counts.undetected).padStart(4)} not  ${percent(counts)}`,
    );
  }
}
if (listSurvivors) for (const line of survivors) console.log(line);
