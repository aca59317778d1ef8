// Bundles the command line (src/cli) into dist/cli/gsz.cjs with esbuild. Each file is written under a
// temporary name and renamed into place, so that a gsz started meanwhile (bin/gsz.cjs rebuilds a stale
// bundle, maybe in several processes at once) never loads half a bundle.
import { build } from "esbuild";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const result = await build({
  entryPoints: [path.join(root, "src/cli/main.ts")],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: path.join(root, "dist/cli/gsz.cjs"),
  external: ["exceljs"],
  sourcemap: true,
  logLevel: "warning",
  write: false,
});
mkdirSync(path.join(root, "dist/cli"), { recursive: true });
// The map first: the bundle's new modification time is what bin/gsz.cjs compares with src/.
const files = [...result.outputFiles].sort(
  (a, b) => Number(b.path.endsWith(".map")) - Number(a.path.endsWith(".map")),
);
for (const file of files) {
  const temp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temp, file.contents);
  renameSync(temp, file.path);
}
