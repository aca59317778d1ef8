/**
 * The same output on every machine: the engine's JSON report is byte for byte the same whatever the
 * locale of the computer (LANG / LC_ALL), including the order of findings on sheets named in different
 * scripts (ICU sorts Cyrillic before Latin for ru_RU, after it for en_US).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.join(__dirname, "..", "..");
const bundleDir = path.join(root, ".tmp", `locale-${process.pid}`);
const bundle = path.join(bundleDir, "locale-entry.cjs");

const LOCALES = ["C.UTF-8", "en_US.UTF-8", "ru_RU.UTF-8", "et_EE.UTF-8", "lt_LT.UTF-8", "tr_TR.UTF-8"];

function reportUnder(locale: string): string {
  const run = spawnSync(process.execPath, [bundle], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: locale, LC_ALL: locale },
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe("the engine under different machine locales", () => {
  beforeAll(async () => {
    mkdirSync(bundleDir, { recursive: true });
    await build({
      entryPoints: [path.join(__dirname, "support", "locale-entry.ts")],
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      outfile: bundle,
      packages: "external",
      logLevel: "warning",
    });
  }, 60_000);
  afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

  it("the child processes really run in those locales (ICU differs)", () => {
    const collatorLocale = (locale: string): string =>
      spawnSync(
        process.execPath,
        ["-e", "process.stdout.write(new Intl.Collator().resolvedOptions().locale)"],
        {
          encoding: "utf8",
          env: { PATH: process.env.PATH ?? "", LANG: locale, LC_ALL: locale },
        },
      ).stdout;
    expect(collatorLocale("ru_RU.UTF-8")).toBe("ru-RU");
    expect(collatorLocale("et_EE.UTF-8")).toBe("et-EE");
  });

  it("gives the same JSON byte for byte, with errors on a Cyrillic and a Latin sheet", () => {
    const reference = reportUnder(LOCALES[0] ?? "C.UTF-8");
    const findings = (JSON.parse(reference) as { findings: { severity: string; sheet: string | null }[] })
      .findings;
    const errorSheets = new Set(findings.filter((f) => f.severity === "error").map((f) => f.sheet));
    expect(errorSheets).toContain("Программа");
    expect(errorSheets).toContain("Applications");
    for (const locale of LOCALES.slice(1)) expect(reportUnder(locale)).toBe(reference);
  }, 60_000);
});
