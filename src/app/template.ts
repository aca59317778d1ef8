import type { WorkbookPort } from "../workbook/port";
import { inputTemplateLayouts } from "../workbook/template";
import type { TemplateOptions } from "./types";

/** Writes the input sheets of WORKBOOK.md (empty, or with the example program); returns their names. */
export async function createTemplate(port: WorkbookPort, opts: TemplateOptions): Promise<readonly string[]> {
  const layouts = inputTemplateLayouts(opts.lang, opts.example);
  await port.writeSheets(layouts);
  return layouts.map((l) => l.name);
}
