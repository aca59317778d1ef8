import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The requirement set of each member of the Excel API, as @types/office-js documents it
 * (`[Api set: ExcelApi 1.7]` in the comment above the member): `Chart.setPosition` → "1.1".
 */
export function excelApiSets(): ReadonlyMap<string, string> {
  const file = join(__dirname, "..", "..", "..", "node_modules", "@types", "office-js", "index.d.ts");
  const lines = readFileSync(file, "utf8").split("\n");
  const sets = new Map<string, string>();
  let namespace = false;
  let cls: string | undefined;
  let api: string | undefined;
  for (const line of lines) {
    if (/^declare namespace Excel \{/.test(line)) namespace = true;
    else if (/^declare namespace /.test(line)) namespace = false;
    if (!namespace) continue;
    const opened = /^ {4}class (\w+) /.exec(line);
    if (opened) {
      cls = opened[1];
      api = undefined;
      continue;
    }
    const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(line);
    if (set) {
      api = set[1];
      continue;
    }
    const member = /^ {8}(?:readonly )?(\w+)(?:\(|\??:)/.exec(line);
    if (member && cls && api) {
      const key = `${cls}.${member[1]}`;
      // Overloads repeat a member: keep the first (lowest) set.
      if (!sets.has(key)) sets.set(key, api);
      api = undefined;
    }
  }
  return sets;
}

/** "1.10" > "1.9": compares minor versions as numbers. */
export function minor(version: string): number {
  return Number(version.split(".")[1]);
}
