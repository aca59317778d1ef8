import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * A `webpack --mode production` build, rebuilt when missing or older than the sources it comes from, so
 * that `npm test` on a clean clone tests the pane as shipped. `cdn` is `npm run build` (dist/, office.js
 * from Microsoft's CDN); `local` is the same build with office.js served from our own origin
 * (`--env officejs=local`, into dist-local/), which the browser tests load without a network.
 */
export function ensureBuild(officeJs: "cdn" | "local" = "local"): string {
  const dist = join(root, officeJs === "cdn" ? "dist" : "dist-local");
  const built = join(dist, "taskpane.js");
  const sources = ["src", "webpack.config.js", "manifest.xml", "assets", "scripts/office-js.cjs"].map((p) =>
    join(root, p),
  );
  if (
    existsSync(built) &&
    existsSync(join(dist, "taskpane.html")) &&
    existsSync(join(dist, "webview-check.js")) &&
    newest(built) >= Math.max(...sources.map(newest))
  ) {
    return dist;
  }
  // Only the add-in: the offline page (dist/web) has its own build in tests/web/build.ts.
  const args = [
    join(root, "node_modules", "webpack-cli", "bin", "cli.js"),
    "--config-name",
    "addin",
    "--mode",
    "production",
  ];
  if (officeJs === "local") args.push("--env", "officejs=local", "--output-path", dist);
  execFileSync(process.execPath, args, { cwd: root, stdio: "pipe" });
  return dist;
}
