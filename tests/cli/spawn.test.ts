/** One real process: build the bundle as `npm ci` does, then run `bin/gsz.cjs` end to end. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { tempDir } from "../adapters/exceljs/helpers";
import { writePeopleXlsx } from "../app/fixtures/people-workbook";

const root = path.join(__dirname, "..", "..");

describe("bin/gsz.cjs", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir("gsz-spawn-");
    execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: root, stdio: "pipe" });
  });
  afterAll(() => tmp.cleanup());

  it("runs a workbook and sets the exit status", async () => {
    const input = path.join(tmp.dir, "in.xlsx");
    await writePeopleXlsx(input);
    const out = path.join(tmp.dir, "out.xlsx");
    const ok = spawnSync(process.execPath, ["bin/gsz.cjs", "run", input, "-o", out, "--lang", "en"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("Applications: 3; funded: 1");
    expect(existsSync(out)).toBe(true);

    const bad = spawnSync(process.execPath, ["bin/gsz.cjs", "run", input, "--nope"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
  });
});
