// Bundles the command line (src/cli) into dist/cli/gsz.cjs with esbuild.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: "dist/cli/gsz.cjs",
  external: ["exceljs"],
  sourcemap: true,
  logLevel: "warning",
});
