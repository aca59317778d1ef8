import type { SheetLayout, TableLayout } from "./port";

/**
 * The unique, non-empty header names Excel requires of a table (ListObject): a blank header becomes
 * `ColumnN`, a repeated one gets ` 2`, ` 3`… (Excel compares them without case). Shared by the writers
 * that declare tables in a package (ExcelJS, the streaming results writer).
 */
export function tableHeaderNames(layout: SheetLayout, table: TableLayout, width: number): string[] {
  const header = layout.rows[table.headerRow - 1] ?? [];
  const used = new Set<string>();
  const names: string[] = [];
  for (let j = 0; j < width; j++) {
    const raw = header[j];
    let name = typeof raw === "string" && raw.trim() !== "" ? raw : `Column${j + 1}`;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${name} ${k}`;
    used.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}
