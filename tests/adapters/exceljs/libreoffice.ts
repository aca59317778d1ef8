/**
 * LibreOffice Calc as an independent spreadsheet engine for tests: converts .xlsx files headless with
 * recalculation forced (a throwaway profile with OOXMLRecalcMode=0, so cached results are ignored).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Comma-separated, `"`-quoted, UTF-8, raw values (not as shown), every sheet to its own file. */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

function profile(dir: string): string {
  const user = path.join(dir, "profile", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(path.join(user, "registrymodifications.xcu"), RECALC_ALWAYS);
  return pathToFileURL(path.join(dir, "profile")).href;
}

/** Converts files in one soffice run to `format` into `outDir`. */
export function convert(files: readonly string[], format: string, outDir: string, workDir: string): void {
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${profile(workDir)}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
}

/** Converts to CSV with recalculation; returns each sheet's rows by sheet name. */
export function recalculatedSheets(file: string, workDir: string): Map<string, string[][]> {
  const outDir = path.join(workDir, "csv");
  convert([file], CSV_ALL_SHEETS, outDir, workDir);
  const base = path.basename(file, ".xlsx");
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(outDir)) {
    if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
    sheets.set(name.slice(base.length + 1, -4), parseCsv(readFileSync(path.join(outDir, name), "utf8")));
  }
  return sheets;
}

/** A small RFC 4180 reader (quotes, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text.charAt(i + 1) === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
