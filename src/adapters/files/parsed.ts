/**
 * Workbooks that SheetJS parses whole (.xls, .ods): their limits are checked when the file is opened,
 * on the .ods content part before parsing and on the values of an .xls after parsing (a binary .xls
 * of at most 50 MB holds no more than a few million cells).
 */
import type { WorkBook } from "@e965/xlsx";
import type { SheetValues } from "../../workbook/port";
import { longestText, sheetNumberFormats, sheetValues } from "./cells";
import type { FileLimits } from "./limits";
import type { SheetsRead } from "./package";
import { fileProblem, type FileProblem } from "./problem";

export class ParsedWorkbook {
  private constructor(
    private readonly names: readonly string[],
    private readonly sheets: ReadonlyMap<string, SheetValues>,
  ) {}

  /** The parsed workbook's values, or the first limit they break. */
  static from(book: WorkBook, file: string, limits: FileLimits): ParsedWorkbook | FileProblem {
    const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
    const sheets = new Map<string, SheetValues>();
    let cells = 0;
    for (const name of book.SheetNames) {
      const ws = book.Sheets[name];
      if (!ws) continue;
      const values = sheetValues(ws, date1904);
      for (const row of values) for (const value of row) if (value !== null) cells++;
      if (cells > limits.cells)
        return fileProblem("files.limit.cells", file, { count: cells, limit: limits.cells });
      const longest = longestText(values);
      if (longest && longest.length > limits.cellChars) {
        const address = { sheet: name, row: longest.row + 1, col: longest.col + 1 };
        return {
          ...fileProblem("files.limit.cell-length", file, {
            sheet: name,
            length: longest.length,
            limit: limits.cellChars,
          }),
          address,
        };
      }
      const numberFormats = sheetNumberFormats(ws);
      sheets.set(name, { name, values, ...(numberFormats.size > 0 ? { numberFormats } : {}) });
    }
    return new ParsedWorkbook(book.SheetNames, sheets);
  }

  sheetNames(): string[] {
    return this.names.filter((name) => this.sheets.has(name));
  }

  async read(names: readonly string[]): Promise<SheetsRead> {
    const found: SheetValues[] = [];
    for (const name of names) {
      const sheet = this.sheets.get(name);
      if (sheet) found.push(sheet);
    }
    return { ok: true, sheets: found };
  }
}
