/**
 * Real processes for what only a real process shows: SIGTERM while the results are being written, and
 * standard output closed by its reader (`gsz run … | head`). The bundle is built as in spawn.test.ts.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import ExcelJS from "exceljs";
import { tempDir } from "../adapters/exceljs/helpers";
import { writePeopleXlsx } from "../app/fixtures/people-workbook";

const root = path.join(__dirname, "..", "..");
const bundleDir = path.join(root, ".tmp", `spawn-files-${process.pid}`);
const bundle = path.join(bundleDir, "gsz.cjs");

jest.setTimeout(120_000);

let tmp: ReturnType<typeof tempDir>;
let large: string;
beforeAll(async () => {
  tmp = tempDir("gsz-spawn-files-");
  large = path.join(tmp.dir, "large.xlsx");
  await writeLargeProgram(large);
  mkdirSync(bundleDir, { recursive: true });
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
});
afterAll(() => {
  tmp.cleanup();
  rmSync(bundleDir, { recursive: true, force: true });
});

/** The people program with 120 000 notes beside the Комиссия table: slow enough to interrupt. */
async function writeLargeProgram(file: string): Promise<void> {
  await writePeopleXlsx(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet("Комиссия");
  if (!sheet) throw new Error("no Комиссия");
  for (let r = 1000; r < 21_000; r++) {
    for (let c = 20; c < 26; c++) sheet.getCell(r, c).value = `заметка ${r}-${c}`;
  }
  await wb.xlsx.writeFile(file);
}

const isTemp = (name: string): boolean => /\.gsz-[0-9a-f]{8}\.(tmp|old)$/.test(name);

describe("gsz as a real process", () => {
  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)(
    "on %s while writing, removes its temporary files and leaves the target as it was",
    async (signal, status) => {
      const dir = path.join(tmp.dir, signal);
      mkdirSync(dir);
      const input = path.join(dir, "large.xlsx");
      copyFileSync(large, input);
      const target = path.join(dir, "results.xlsx");
      writeFileSync(target, "an earlier file the user keeps");
      // The finished temporary files are held for a while (a test hook) so the signal lands while they exist.
      const child = spawn(process.execPath, [bundle, "run", input, "-o", target, "--force", "--lang", "en"], {
        cwd: root,
        env: { ...process.env, GSZ_TEST_HOLD_BEFORE_COMMIT_MS: "60000" },
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      // Wait (no timing assumption) until the results are being written to a temporary file.
      let sawTemp = false;
      while (!sawTemp && child.exitCode === null) {
        sawTemp = readdirSync(dir).some(isTemp);
        if (!sawTemp) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(sawTemp).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(status);
      expect(stderr).toContain("Interrupted: temporary files removed");
      expect(readdirSync(dir).sort()).toEqual(["large.xlsx", "results.xlsx"]);
      expect(readFileSync(target, "utf8")).toBe("an earlier file the user keeps");
    },
  );

  it("ends quietly when the reader of its standard output goes away (gsz run … | true)", async () => {
    const input = path.join(tmp.dir, "in.xlsx");
    await writePeopleXlsx(input);
    const json = path.join(tmp.dir, "r.json");
    // `true` exits without reading: every line gsz prints meets a closed pipe (EPIPE).
    const script = `"${process.execPath}" "${bundle}" run "${input}" --json "${json}" | true; echo "status=\${PIPESTATUS[0]}" >&2`;
    const run = spawnSync("bash", ["-c", script], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("status=0\n");
    expect(readFileSync(json, "utf8")).toContain('"ranking"');
  });
});
