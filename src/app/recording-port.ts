import type { SheetLayout, SheetValues, WorkbookPort, WriteOptions } from "../workbook/port";

/**
 * A port that remembers every sheet read through it. The input fingerprint is taken over exactly the
 * sheets the reader used, without reading them a second time.
 */
export class RecordingPort implements WorkbookPort {
  private readonly read = new Map<string, SheetValues>();

  constructor(private readonly inner: WorkbookPort) {}

  /** The sheets read so far (the last read of each name). */
  get sheets(): readonly SheetValues[] {
    return [...this.read.values()];
  }

  listSheets(): Promise<readonly string[]> {
    return this.inner.listSheets();
  }

  async readSheets(names: readonly string[]): Promise<readonly SheetValues[]> {
    const sheets = await this.inner.readSheets(names);
    for (const sheet of sheets) this.read.set(sheet.name, sheet);
    return sheets;
  }

  writeSheets(sheets: readonly SheetLayout[], options?: WriteOptions): Promise<void> {
    return this.inner.writeSheets(sheets, options);
  }
}
