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
 * dist/ from `webpack --mode production`, rebuilt when missing or older than the sources it comes from, so
 * that `npm test` on a clean clone tests the pane as shipped.
 */
export function ensureBuild(): string {
  const dist = join(root, "dist");
  const built = join(dist, "taskpane.js");
  const sources = ["src", "webpack.config.js", "manifest.xml", "assets"].map((p) => join(root, p));
  if (
    existsSync(built) &&
    existsSync(join(dist, "taskpane.html")) &&
    newest(built) >= Math.max(...sources.map(newest))
  ) {
    return dist;
  }
  execFileSync(
    process.execPath,
    // Only the add-in: the offline page (dist/web) has its own build in tests/web/build.ts.
    [
      join(root, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--config-name",
      "addin",
      "--mode",
      "production",
    ],
    {
      cwd: root,
      stdio: "pipe",
    },
  );
  return dist;
}
