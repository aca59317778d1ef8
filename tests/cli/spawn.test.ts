/**
 * One real process: bundle the CLI with the options of scripts/build-cli.mjs and run it end to end.
 * The bundle goes to .tmp/ (inside the repository, so that `exceljs` resolves from node_modules), not
 * to dist/: the task pane's webpack build cleans dist/ and may run in parallel with this test.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { build } from "esbuild";
import path from "node:path";
import { tempDir } from "../adapters/exceljs/helpers";
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
});
