import { checkPortWrite } from "./port-guard";
import type { CellValue, SheetLayout, SheetValues, WorkbookPort, WriteOptions, WriteValue } from "./port";

/** A sheet as plain rows of cell values, row-major from A1. */
export type MemorySheets = Readonly<Record<string, readonly (readonly CellValue[])[]>>;

/** What a written cell reads back as: a formula reads as its result, a link as its text. */
function readBack(value: WriteValue): CellValue {
  if (value !== null && typeof value === "object") {
    if ("formula" in value) return value.result;
    if ("text" in value && "sheet" in value) return value.text;
  }
  return value;
}

/**
 * An in-memory workbook for tests and the browser test host. Sheets keep their order; written sheets
 * keep their layouts (`layouts`) so tests can inspect formats, tables and validations.
 */
export class MemoryWorkbook implements WorkbookPort {
  private readonly order: string[] = [];
  private readonly values = new Map<string, CellValue[][]>();
  /** Layouts of the sheets written through `writeSheets`, by sheet name. */
  readonly layouts = new Map<string, SheetLayout>();
  /** How many times each port method was called (tests of round trips). */
  readonly calls = { listSheets: 0, readSheets: 0, writeSheets: 0 };

  /** A workbook holding the given sheets, in the record's key order. */
  static fromSheets(sheets: MemorySheets): MemoryWorkbook {
    const book = new MemoryWorkbook();
    for (const [name, rows] of Object.entries(sheets)) book.setSheet(name, rows);
    return book;
  }

  /** A workbook holding the given layouts as if written, e.g. a template. */
  static fromLayouts(layouts: readonly SheetLayout[]): MemoryWorkbook {
    const book = new MemoryWorkbook();
    for (const layout of layouts) book.put(layout);
    return book;
  }

  /** Creates or replaces a sheet's values (appended at the end when new). */
  setSheet(name: string, rows: readonly (readonly CellValue[])[]): void {
    if (!this.values.has(name)) this.order.push(name);
    this.values.set(
      name,
      rows.map((row) => [...row]),
    );
  }

  /** A copy of a sheet's values, or undefined when there is no such sheet. */
  sheet(name: string): CellValue[][] | undefined {
    const rows = this.values.get(name);
    return rows?.map((row) => [...row]);
  }

  /** Removes a sheet (tests of missing sheets). */
  deleteSheet(name: string): void {
    this.values.delete(name);
    this.layouts.delete(name);
    const at = this.order.indexOf(name);
    if (at >= 0) this.order.splice(at, 1);
  }

  async listSheets(): Promise<readonly string[]> {
    this.calls.listSheets += 1;
    return [...this.order];
  }

  async readSheets(names: readonly string[]): Promise<readonly SheetValues[]> {
    this.calls.readSheets += 1;
    const found: SheetValues[] = [];
    for (const name of names) {
      const rows = this.values.get(name);
      if (rows) found.push({ name, values: rows.map((row) => [...row]) });
    }
    return found;
  }

  async writeSheets(sheets: readonly SheetLayout[], options?: WriteOptions): Promise<void> {
    this.calls.writeSheets += 1;
    // All or nothing: the port's rules before touching anything (a test double may hold inputs).
    checkPortWrite(sheets, options, true);
    for (const sheet of sheets) this.put(sheet);
    const written = new Set(sheets.map((s) => s.name));
    for (const name of options?.remove ?? []) if (!written.has(name)) this.deleteSheet(name);
  }

  async appendRows(
    sheet: string,
    firstCol: number,
    rows: readonly (readonly CellValue[])[],
  ): Promise<number> {
    const values = this.values.get(sheet);
    if (!values) throw new Error(`No sheet ${sheet}`);
    let last = values.length - 1;
    while (last >= 0 && !(values[last] ?? []).some((v) => v !== null && v !== "")) last -= 1;
    rows.forEach((row, i) => {
      const target = (values[last + 1 + i] ??= []);
      row.forEach((value, j) => {
        while (target.length < firstCol - 1 + j) target.push(null);
        target[firstCol - 1 + j] = value;
      });
    });
    return last + 2;
  }

  private put(layout: SheetLayout): void {
    this.setSheet(
      layout.name,
      layout.rows.map((row) => row.map(readBack)),
    );
    this.layouts.set(layout.name, layout);
  }
}
