/**
 * Writes the 2013–2015 pilots' workbooks (one per municipality, see ./pilots.ts) into the folder given
 * as the first argument; `npm run demo` bundles and runs this before `gsz consolidate`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pilotWorkbooks } from "./pilots";

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error("usage: write-pilots <folder>");
  mkdirSync(dir, { recursive: true });
  for (const book of await pilotWorkbooks()) writeFileSync(path.join(dir, book.name), book.bytes);
}

void main();
