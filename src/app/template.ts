import type { SheetLayout, WorkbookPort } from "../workbook/port";
import { inputSheetKind, isInputSheetName } from "../workbook/read/sheets";
import { INPUT_SHEET_KINDS } from "../workbook/schema/types";
import { guideSheet, inputTemplateLayouts } from "../workbook/template";
import type { TemplateOptions } from "./types";

/** A sheet of the workbook and whether it holds any value. */
export interface ExistingSheet {
  readonly name: string;
  readonly hasData: boolean;
}

/**
 * What creating the template would do to a workbook. Nothing is lost without asking: a sheet holding
 * data is replaced only when the user confirms it by name.
 */
export interface TemplatePlan {
  /** Written without asking: input sheets that are missing, or present under the same name but empty (and then the "Как заполнять" sheet, first). */
  readonly create: readonly SheetLayout[];
  /** Present under the same name and holding data: written only when the user confirms. */
  readonly replace: readonly SheetLayout[];
  /** The existing sheets `replace` would overwrite, as the workbook names them (what the question names). */
  readonly wouldReplace: readonly string[];
  /**
   * Input sheets left as they are because their kind is already present under another name, e.g.
   * `Applications` when creating the Russian `Заявки` (the reader takes each sheet in its own language).
   */
  readonly keep: readonly string[];
}

const lower = (name: string): string => name.toLowerCase();

/**
 * The template plan for a workbook whose input sheets (any other sheet is irrelevant) are `existing`.
 * Pure: the pane shows it, then writes what the user agreed to with `templateLayouts`.
 */
export function planTemplate(existing: readonly ExistingSheet[], opts: TemplateOptions): TemplatePlan {
  const create: SheetLayout[] = [];
  const replace: SheetLayout[] = [];
  const wouldReplace: string[] = [];
  const keep: string[] = [];
  for (const layout of inputTemplateLayouts(opts.lang, opts.example)) {
    const same = existing.find((e) => lower(e.name) === lower(layout.name));
    const kind = inputSheetKind(layout.name);
    const others = existing.filter(
      (e) => e !== same && kind !== undefined && inputSheetKind(e.name) === kind,
    );
    if (same?.hasData) {
      replace.push(layout);
      wouldReplace.push(same.name);
    } else if (!same && others.length) {
      keep.push(...others.map((e) => e.name));
    } else {
      create.push(layout);
    }
  }
  // The "Как заполнять" sheet comes with any template that writes something (never asked about: it is
  // ours, not people's data), and first.
  if (create.length || replace.length) create.unshift(guideSheet(opts.lang));
  return { create, replace, wouldReplace, keep };
}

/**
 * The layouts to write for a plan: every sheet of `create`, and those of `replace` whose existing sheet the
 * user named in `confirmed` (case ignored), in the template's order.
 */
export function templateLayouts(plan: TemplatePlan, confirmed: readonly string[]): SheetLayout[] {
  const yes = new Set(confirmed.map(lower));
  const chosen = plan.replace.filter((layout) => yes.has(lower(layout.name)));
  const rank = (layout: SheetLayout): number =>
    INPUT_SHEET_KINDS.indexOf(inputSheetKind(layout.name) ?? "program");
  return [...plan.create, ...chosen].sort((a, b) => rank(a) - rank(b));
}

/**
 * Which of the named sheets exist and hold data. Adapters may answer cheaply (Office.js: the used ranges'
 * extents in one request); the default reads the sheets through the port.
 */
export type SheetDataProbe = (names: readonly string[]) => Promise<readonly ExistingSheet[]>;

/** The probe any port can answer: read the sheets, and look for a value. */
export function probeByReading(port: WorkbookPort): SheetDataProbe {
  return async (names) =>
    (await port.readSheets(names)).map((sheet) => ({
      name: sheet.name,
      hasData: sheet.values.some((row) => row.some((v) => v !== null && v !== "")),
    }));
}

/** The template plan for the workbook behind `port`: its input sheets (any language) and their data. */
export async function inspectTemplate(
  port: WorkbookPort,
  opts: TemplateOptions,
  probe: SheetDataProbe = probeByReading(port),
): Promise<TemplatePlan> {
  const inputs = (await port.listSheets()).filter(isInputSheetName);
  return planTemplate(inputs.length ? await probe(inputs) : [], opts);
}

export interface CreateTemplateOptions {
  /**
   * Existing sheets holding data that the user agreed to replace, by name. Default none: a filled sheet is
   * never replaced. A sheet that came to hold data after the user was asked is not named here, so it stays.
   */
  readonly replace?: readonly string[];
  readonly probe?: SheetDataProbe;
}

/**
 * Writes the input sheets of WORKBOOK.md (empty, or with the example program) that are missing or empty:
 * into an empty workbook, all of them. Sheets holding data are replaced only when named in
 * `options.replace`; sheets of the same kind in another language are kept. Returns the names written.
 */
export async function createTemplate(
  port: WorkbookPort,
  opts: TemplateOptions,
  options: CreateTemplateOptions = {},
): Promise<readonly string[]> {
  const plan = await inspectTemplate(port, opts, options.probe);
  const layouts = templateLayouts(plan, options.replace ?? []);
  if (layouts.length) await port.writeSheets(layouts);
  return layouts.map((l) => l.name);
}
