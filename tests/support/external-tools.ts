/**
 * Suites that need a program outside node (LibreOffice, Chromium): one rule for all of them. They run
 * whenever the program is installed, and ALWAYS when the CI variable is set (to anything but "" /
 * "false" / "0"), so that a CI machine without the program fails instead of skipping. Only a
 * developer's machine without it skips them, with a warning saying so.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export function inCi(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const value = (env.CI ?? "").trim().toLowerCase();
  return value !== "" && value !== "false" && value !== "0";
}

export const TOOLS = {
  libreoffice: {
    present: (): boolean => spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status === 0,
    install: "apt-get install -y --no-install-recommends libreoffice-calc",
  },
  openpyxl: {
    present: (): boolean =>
      spawnSync("python3", ["-c", "import openpyxl"], { encoding: "utf8" }).status === 0,
    install: "pip install openpyxl",
  },
  chromium: {
    present: (): boolean => existsSync("/usr/bin/chromium"),
    install: "apt-get install -y chromium",
  },
  /** pdftotext and pdftoppm, to read back the PDFs LibreOffice prints. */
  poppler: {
    present: (): boolean =>
      spawnSync("sh", ["-c", "command -v pdftotext"], { encoding: "utf8" }).status === 0,
    install: "apt-get install -y --no-install-recommends poppler-utils",
  },
} as const;

export type Tool = keyof typeof TOOLS;

/** Whether the suites needing `tool` run here (present, or in CI where missing must fail). */
export function runsHere(tool: Tool): boolean {
  if (TOOLS[tool].present() || inCi()) return true;
  console.warn(`skipped here: ${tool} is missing (${TOOLS[tool].install}); in CI these tests fail instead`);
  return false;
}

/** `describe` for a suite that needs `tool`; its first test should assert `TOOLS[tool].present()`. */
export function describeWith(tool: Tool): jest.Describe {
  return runsHere(tool) ? describe : describe.skip;
}

/** `it` for a single test that needs `tool`. */
export function itWith(tool: Tool): jest.It {
  return runsHere(tool) ? it : it.skip;
}
