import type { SheetLayout, SheetValues, WorkbookPort, WriteOptions } from "../workbook/port";

/**
 * A port that remembers every sheet read through it, so the input fingerprint is taken over exactly the
 * sheets the reader used without reading them a second time. It also answers `listSheets` once, and
 * fetches `alsoRead` sheets (the outputs, for their stamps) in the same request as the first read: a
 * run costs one list and one read, whatever it needs to know.
 */
export class RecordingPort implements WorkbookPort {
  private readonly read = new Map<string, SheetValues>();
  private readonly extra = new Map<string, SheetValues>();
  private names: Promise<readonly string[]> | undefined;
  private extraDone = false;

  constructor(
    private readonly inner: WorkbookPort,
    private readonly alsoRead: readonly string[] = [],
  ) {}

  /** The sheets read so far for the caller (the last read of each name). */
  get sheets(): readonly SheetValues[] {
    return [...this.read.values()];
  }

  /** The `alsoRead` sheets that exist, read alongside the caller's first read (or now, if it made none). */
  async alsoReadSheets(): Promise<readonly SheetValues[]> {
    if (!this.extraDone) await this.readSheets([]);
    return [...this.extra.values()];
  }

  listSheets(): Promise<readonly string[]> {
    this.names ??= this.inner.listSheets();
    return this.names;
  }

  async readSheets(names: readonly string[]): Promise<readonly SheetValues[]> {
    const asked = new Set(names);
    let extra: string[] = [];
    if (!this.extraDone) {
      this.extraDone = true;
      const present = new Set(await this.listSheets());
      extra = this.alsoRead.filter((name) => present.has(name) && !asked.has(name));
    }
    if (names.length === 0 && extra.length === 0) return [];
    const sheets = await this.inner.readSheets([...names, ...extra]);
    const answer: SheetValues[] = [];
    for (const sheet of sheets) {
      if (asked.has(sheet.name)) {
        this.read.set(sheet.name, sheet);
        answer.push(sheet);
      } else {
        this.extra.set(sheet.name, sheet);
      }
    }
    return answer;
  }

  writeSheets(sheets: readonly SheetLayout[], options?: WriteOptions): Promise<void> {
    this.names = undefined;
    return this.inner.writeSheets(sheets, options);
  }
}
