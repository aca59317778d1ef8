/**
 * One real process: bundle the CLI with the options of scripts/build-cli.mjs and run it end to end.
 * The bundle goes to .tmp/ (inside the repository, so that `exceljs` resolves from node_modules), not
 * to dist/: the task pane's webpack build cleans dist/ and may run in parallel with this test.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";
import path from "node:path";
import { tempDir } from "../adapters/exceljs/helpers";
import { unzipSync } from "../adapters/exceljs/unzip";
import { writePeopleXlsx } from "../app/fixtures/people-workbook";

const root = path.join(__dirname, "..", "..");
const bundleDir = path.join(root, ".tmp", `spawn-${process.pid}`);
const bundle = path.join(bundleDir, "gsz.cjs");

describe("the gsz bundle", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir("gsz-spawn-");
    mkdirSync(bundleDir, { recursive: true });
  });
  afterAll(() => {
    tmp.cleanup();
    rmSync(bundleDir, { recursive: true, force: true });
  });

  it("runs a workbook and sets the exit status", async () => {
    await build({
      entryPoints: [path.join(root, "src", "cli", "main.ts")],
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      outfile: bundle,
      external: ["exceljs"],
      logLevel: "warning",
    });
    const input = path.join(tmp.dir, "in.xlsx");
    await writePeopleXlsx(input);
    const out = path.join(tmp.dir, "out.xlsx");
    const ok = spawnSync(process.execPath, [bundle, "run", input, "-o", out, "--lang", "en"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("Applications: 3; funded: 1");
    expect(existsSync(out)).toBe(true);

    const bad = spawnSync(process.execPath, [bundle, "run", input, "--nope"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
  });

  it("writes the same bytes for the same input when SOURCE_DATE_EPOCH is set (reproducible builds)", async () => {
    // Uses the bundle built by the test above (jest runs a file's tests in order).
    const input = path.join(tmp.dir, "example.xlsx");
    const made = spawnSync(process.execPath, [bundle, "template", "--example", input], { cwd: root });
    expect(made.status).toBe(0);
    const env = { ...process.env, SOURCE_DATE_EPOCH: "1700000000" };
    const run = (out: string): Buffer => {
      const done = spawnSync(process.execPath, [bundle, "run", input, "-o", out], { cwd: root, env });
      expect(done.status).toBe(0);
      return readFileSync(out);
    };
    const first = run(path.join(tmp.dir, "first.xlsx"));
    // A clock that moves between the runs must not show in the file.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = run(path.join(tmp.dir, "second.xlsx"));
    expect(first.equals(second)).toBe(true);
    // The epoch is the stamp's time, the document's dates and the zip entries' dates.
    expect(unzipSync(first, "docProps/core.xml")).toContain(">2023-11-14T22:13:20Z<");
    expect(unzipSync(first, "xl/worksheets/sheet1.xml")).toContain("2023-11-14 22:13 UTC");
    // MS-DOS date of 2023-11-14 (UTC) in the first local header: ((2023-1980)<<9)|(11<<5)|14.
    expect(first.readUInt16LE(12)).toBe(((2023 - 1980) << 9) | (11 << 5) | 14);
    expect(first.readUInt16LE(10)).toBe((22 << 11) | (13 << 5) | 10);
  });
});
