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
 * dist/web/ as `npm run build` makes it (the `web` config of webpack.config.js, production), rebuilt when
 * missing or older than the sources, so that the page is tested as shipped.
 */
export function ensureWebBuild(): string {
  const dist = join(root, "dist", "web");
  const built = join(dist, "index.html");
  const sources = ["src", "webpack.config.js", "webpack.web.config.js", "package.json"].map((p) =>
    join(root, p),
  );
  if (existsSync(built) && newest(dist) >= Math.max(...sources.map(newest))) return dist;
  execFileSync(
    process.execPath,
    [
      join(root, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--config-name",
      "web",
      "--mode",
      "production",
    ],
    { cwd: root, stdio: "pipe" },
  );
  return dist;
}
