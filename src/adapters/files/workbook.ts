import type { SheetLayout, SheetValues, WorkbookPort } from "../../workbook/port";
import type { SheetsRead } from "./package";
import { FileProblemsError } from "./problem";

/** Where a workbook's values come from: an OOXML package read part by part, or a parsed .xls/.ods. */
export interface SheetSource {
  sheetNames(): string[];
  read(names: readonly string[]): Promise<SheetsRead>;
}

/** The format recognised from the file's content (never from its name). */
export type WorkbookFormat = "xlsx" | "xlsm" | "xls" | "ods";

/**
 * A user's workbook, only ever read (CLI.md: "The user's workbook is only ever read, never
 * written"). A full WorkbookPort so that the engine's reading code runs on it unchanged;
 * `writeSheets` always rejects.
 *
 * Two ways to read: `read(names)` answers problems as data (a limit broken, a formula never
 * calculated, with cell addresses); the port's `readSheets(names)` answers the same sheets or
 * rejects with a FileProblemsError carrying those problems.
 */
export class ReadOnlyWorkbook implements WorkbookPort {
  constructor(
    private readonly source: SheetSource,
    readonly format: WorkbookFormat,
  ) {}

  async listSheets(): Promise<readonly string[]> {
    return this.source.sheetNames();
  }

  /** The named sheets (in the order asked; unknown names are absent), or why they cannot be read. */
  read(names: readonly string[]): Promise<SheetsRead> {
    return this.source.read(names);
  }

  async readSheets(names: readonly string[]): Promise<readonly SheetValues[]> {
    const result = await this.source.read(names);
    if (!result.ok) throw new FileProblemsError(result.problems);
    return result.sheets;
  }

  async writeSheets(_sheets: readonly SheetLayout[]): Promise<void> {
    throw new Error("The workbook being read is never written: results go to a separate file");
  }
}
