/**
 * bin/gsz.cjs never runs a stale bundle from a checkout: a bundle older than src/ (or than the build
 * script) is rebuilt first with scripts/build-cli.mjs when esbuild is installed, or the command stops
 * (exit 2) saying in Russian and English to run `npm run build:cli`. A published install (no src/)
 * just runs. Each case is a small project tree in a temporary folder with the real bin/gsz.cjs, a
 * bundle that prints "old" and a build script that writes one printing "new".
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { tempDir } from "../adapters/exceljs/helpers";

const BIN = path.join(__dirname, "..", "..", "bin", "gsz.cjs");
const BUILD = `import { mkdirSync, writeFileSync } from "node:fs";
mkdirSync("dist/cli", { recursive: true });
writeFileSync("built.txt", "yes");
writeFileSync("dist/cli/gsz.cjs", 'console.log("new");');
`;

let tmp: ReturnType<typeof tempDir>;
const at = (...parts: string[]): string => path.join(tmp.dir, ...parts);

function write(file: string, text: string, seconds: number): void {
  mkdirSync(path.dirname(at(file)), { recursive: true });
  writeFileSync(at(file), text);
  utimesSync(at(file), seconds, seconds);
}

/** A checkout: sources, build script and bundle with the given ages (seconds since 1970). */
function project(ages: { src?: number; bundle?: number; esbuild?: boolean; build?: string }): void {
  mkdirSync(at("bin"));
  copyFileSync(BIN, at("bin", "gsz.cjs"));
  if (ages.src !== undefined) {
    write("src/cli/main.ts", "export {};", ages.src);
    write("src/core/money.ts", "export {};", ages.src - 100);
    write("scripts/build-cli.mjs", ages.build ?? BUILD, 1_000);
  }
  if (ages.bundle !== undefined) write("dist/cli/gsz.cjs", 'console.log("old");', ages.bundle);
  if (ages.esbuild) {
    write("node_modules/esbuild/package.json", '{"name":"esbuild","main":"index.js"}', 1_000);
    write("node_modules/esbuild/index.js", "", 1_000);
  }
}

function gsz(): { code: number | null; out: string; err: string; built: boolean } {
  const run = spawnSync(process.execPath, [at("bin", "gsz.cjs")], { cwd: tmp.dir, encoding: "utf8" });
  return { code: run.status, out: run.stdout.trim(), err: run.stderr, built: existsSync(at("built.txt")) };
}

beforeEach(() => {
  tmp = tempDir("gsz-bin-");
});
afterEach(() => tmp.cleanup());

describe("bin/gsz.cjs and a stale bundle", () => {
  it("runs the bundle as it is when it is newer than every source (the normal case)", () => {
    project({ src: 2_000, bundle: 3_000, esbuild: true });
    expect(gsz()).toEqual({ code: 0, out: "old", err: "", built: false });
  });

  it("rebuilds a bundle older than a source file, then runs the new one", () => {
    project({ src: 4_000, bundle: 3_000, esbuild: true });
    expect(gsz()).toEqual({ code: 0, out: "new", err: "", built: true });
  });

  it("rebuilds when the build script changed, and when there is no bundle yet", () => {
    project({ src: 2_000, bundle: 3_000, esbuild: true });
    utimesSync(at("scripts", "build-cli.mjs"), 5_000, 5_000);
    expect(gsz().out).toBe("new");
    rmSync(at("built.txt"));
    rmSync(at("dist"), { recursive: true });
    expect(gsz()).toEqual({ code: 0, out: "new", err: "", built: true });
  });

  it("without esbuild, stops and says plainly (ru/en) to run npm run build:cli, never running the old one", () => {
    project({ src: 4_000, bundle: 3_000, esbuild: false });
    const run = gsz();
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toContain("выполните `npm run build:cli`");
    expect(run.err).toContain("run `npm run build:cli`");
  });

  it("when the build fails, stops the same way", () => {
    project({ src: 4_000, bundle: 3_000, esbuild: true, build: "process.exit(1);" });
    const run = gsz();
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toContain("npm run build:cli");
  });

  it("a published install (no src/) runs its bundle whatever its age", () => {
    project({ bundle: 3_000 });
    expect(gsz()).toEqual({ code: 0, out: "old", err: "", built: false });
  });
});
