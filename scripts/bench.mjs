// `npm run bench`: bundles every bench/*.ts with esbuild into dist/bench/*.cjs and runs each in turn.
// Helper modules without top-level work (e.g. bench/core-competition.ts) simply run and exit.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv.slice(2);
const benches = readdirSync(path.join(root, "bench"))
  .filter((name) => name.endsWith(".ts"))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort();

let failed = false;
for (const name of benches) {
  const outfile = path.join(root, "dist", "bench", name.replace(/\.ts$/, ".cjs"));
  await build({
    entryPoints: [path.join(root, "bench", name)],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile,
    external: ["exceljs"],
    logLevel: "warning",
  });
  console.log(`\n== ${name}`);
  const run = spawnSync(process.execPath, [outfile], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
