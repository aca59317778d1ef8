import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { SheetLayout, SheetValues, WorkbookPort, WriteOptions } from "../../workbook/port";
import { checkPortWrite } from "../../workbook/port-guard";
import { installInternalLinks } from "./internal-links";
import { worksheetValues } from "./read";
import { fillWorksheet } from "./write";

/**
 * The workbook port over an .xlsx file held in memory by ExcelJS. Reads and writes change only the
 * in-memory workbook; `save` writes the file atomically.
 */
export class ExcelJsWorkbook implements WorkbookPort {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** An empty workbook (for `gsz template`). */
  static create(): ExcelJsWorkbook {
    return new ExcelJsWorkbook(new ExcelJS.Workbook());
  }

  /** Loads an .xlsx file; rejects when it cannot be read as one. */
  static async fromFile(file: string): Promise<ExcelJsWorkbook> {
    return ExcelJsWorkbook.fromBuffer(await fs.readFile(file));
  }

  static async fromBuffer(data: Uint8Array): Promise<ExcelJsWorkbook> {
    const workbook = new ExcelJS.Workbook();
    // ExcelJS's declared parameter type is an old Buffer type; a Node Buffer satisfies it at run time.
    await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as never);
    return new ExcelJsWorkbook(workbook);
  }

  async listSheets(): Promise<readonly string[]> {
    // ExcelJS lists worksheets in tab order.
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async readSheets(names: readonly string[]): Promise<readonly SheetValues[]> {
    const found: SheetValues[] = [];
    for (const name of names) {
      const ws = this.workbook.getWorksheet(name);
      if (ws) found.push({ name: ws.name, values: worksheetValues(ws) });
    }
    return found;
  }

  /**
   * Builds every new sheet under a temporary name first; only when all are complete are the old sheets
   * of those names removed and the new ones renamed into place (keeping the old sheet's position).
   * A failure part-way removes the half-built sheets and leaves the workbook as it was.
   */
  async writeSheets(layouts: readonly SheetLayout[], options?: WriteOptions): Promise<void> {
    // A new workbook of the CLI (a template or results): it may hold input sheets.
    checkPortWrite(layouts, options, true);
    const names = new Set(layouts.map((l) => l.name));
    const built: ExcelJS.Worksheet[] = [];
    try {
      layouts.forEach((layout, i) => {
        const ws = this.workbook.addWorksheet(`~gsz-new-${i}`);
        built.push(ws);
        fillWorksheet(ws, layout);
      });
    } catch (error) {
      for (const ws of built) this.workbook.removeWorksheet(ws.id);
      throw error;
    }
    layouts.forEach((layout, i) => {
      const ws = built[i];
      if (!ws) return;
      const old = this.workbook.getWorksheet(layout.name);
      if (old) {
        // Keep the replaced sheet's place among the tabs.
        if (hasOrder(ws) && hasOrder(old)) ws.orderNo = old.orderNo;
        this.workbook.removeWorksheet(old.id);
      }
      ws.name = layout.name;
    });
    for (const name of options?.remove ?? []) {
      const sheet = names.has(name) ? undefined : this.workbook.getWorksheet(name);
      if (sheet) this.workbook.removeWorksheet(sheet.id);
    }
  }

  /** The workbook as .xlsx bytes (`stored`: parts not compressed, for a caller that repacks them). */
  async toBuffer(options: { readonly stored?: boolean } = {}): Promise<Uint8Array> {
    installInternalLinks();
    // ExcelJS passes `zip` to JSZip's generate options; its typings do not declare it.
    const zip = options.stored ? { zip: { compression: "STORE" } } : {};
    const data = await this.workbook.xlsx.writeBuffer(zip as ExcelJS.XlsxWriteOptions);
    return new Uint8Array(data as ArrayBuffer);
  }

  /**
   * Writes the whole workbook to `file` as it is, with no temporary of its own: for a caller that
   * already writes into a temporary file and renames it into place (the CLI's output plan).
   */
  async writeTo(file: string): Promise<void> {
    installInternalLinks();
    await this.workbook.xlsx.writeFile(file);
  }

  /**
   * Saves to `file` atomically: ExcelJS streams the file to a temporary file in the same directory
   * (so the rename cannot cross file systems; streaming is much faster than writeBuffer on large
   * workbooks), which is then renamed over the target. A failure leaves no half file.
   */
  async save(file: string): Promise<void> {
    installInternalLinks();
    await replaceAtomically(file, (temp) => this.workbook.xlsx.writeFile(temp));
  }
}

/** A worksheet's tab position, which ExcelJS keeps but does not declare. */
interface Ordered {
  orderNo: number;
}

function hasOrder(ws: object): ws is Ordered {
  return "orderNo" in ws && typeof ws.orderNo === "number";
}

/**
 * Produces `file` through a temporary sibling written by `write` and a rename; removes the temporary
 * on failure, so the target is either the old file or the complete new one.
 */
export async function replaceAtomically(file: string, write: (temp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await write(temp);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Writes bytes or text to a file atomically (see replaceAtomically). */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await replaceAtomically(file, (temp) => fs.writeFile(temp, data));
}
