/**
 * The few SheetJS (@e965/xlsx) entry points used, typed. `parse_zip` and `parse_xlscfb` are exported
 * by the library but not declared in its types: they parse a container already opened, so that only
 * the parts this reader chose are parsed.
 */
import * as XLSX from "@e965/xlsx";
import type { ParsingOptions, WorkBook } from "@e965/xlsx";

/** A CFB or zip container as SheetJS's bundled CFB library models it. */
export type Container = object;

interface CfbLibrary {
  read(data: Uint8Array, options: { type: "buffer" }): Container;
  find(container: Container, path: string): { content?: Uint8Array | number[] } | null;
  utils: {
    cfb_new(): Container;
    cfb_add(container: Container, name: string, content: Uint8Array, options?: { unsafe: boolean }): unknown;
  };
}

interface Internals {
  parse_zip(zip: Container, options: ParsingOptions): WorkBook;
  parse_xlscfb(cfb: Container, options: ParsingOptions): WorkBook;
  CFB: CfbLibrary;
  SSF: { is_date(format: string): boolean };
}

const library = XLSX as unknown as Internals;

/** A plain object (not the module namespace), so that tests can watch what is parsed. */
export const sheetjs: Internals = {
  parse_zip: (zip, options) => library.parse_zip(zip, options),
  parse_xlscfb: (cfb, options) => library.parse_xlscfb(cfb, options),
  CFB: library.CFB,
  SSF: library.SSF,
};

/** Values and number formats only: no styles, no HTML, no formatted text, no formulas. */
export const READ_OPTIONS: ParsingOptions = {
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  cellNF: true,
  cellStyles: false,
  cellDates: false,
  sheetStubs: false,
  bookVBA: false,
};

/**
 * Runs a parse with SheetJS's console diagnostics silenced (it prints notes such as "ODS number
 * format may be incorrect" to the console, which would end up in the CLI's output).
 */
export function quietly<T>(parse: () => T): T {
  const { error, warn, log } = console;
  const silent = (): void => undefined;
  console.error = silent;
  console.warn = silent;
  console.log = silent;
  try {
    return parse();
  } finally {
    console.error = error;
    console.warn = warn;
    console.log = log;
  }
}
