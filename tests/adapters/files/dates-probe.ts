/**
 * Run by dates-timezone.test.ts in a child process with a given TZ: prints, as JSON, the date cells
 * the reader finds in each file named on the command line, and the machine's offset on 1 March 2019.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { openWorkbook } from "../../../src/adapters/files";

async function dates(file: string): Promise<unknown[]> {
  const opened = await openWorkbook(readFileSync(file), path.basename(file));
  if (!opened.ok) throw new Error(opened.problem.key);
  const sheets = await opened.book.readSheets(await opened.book.listSheets());
  return sheets.flatMap((s) =>
    s.values.flat().filter((v) => v !== null && typeof v === "object" && "date" in v),
  );
}

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  const found: Record<string, unknown[]> = {};
  for (const file of files) found[path.basename(file)] = await dates(file);
  process.stdout.write(JSON.stringify({ offset: new Date(2019, 2, 1).getTimezoneOffset(), found }));
}

void main();
