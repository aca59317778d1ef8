/** Helpers of the tests of reading tables whole (tables*.test.ts). */
import type { CellAddress, Finding, GszInput } from "../../../src/core/model";
import type { CellValue, TableExtent } from "../../../src/workbook/port";
import { parseInput } from "../../../src/workbook/read";
import type { Grid, Sheets } from "../../fixtures/example";

/** Parses grids as the reader would get them, with the Excel tables given per sheet. */
export function parseSheets(sheets: Sheets, tables: Readonly<Record<string, readonly TableExtent[]>> = {}) {
  const names = Object.keys(sheets);
  return parseInput(
    names,
    names.map((name) => {
      const extents = tables[name];
      return { name, values: sheets[name] ?? [], ...(extents ? { tables: extents } : {}) };
    }),
  );
}

/** What an input means, without where it came from: records as JSON, cell addresses and notes left out. */
export function essence(input: GszInput | undefined): unknown {
  if (!input) return undefined;
  const text = JSON.stringify(input, (key, value: unknown) =>
    key === "cells" || key === "scoreCells" || key === "notes" ? undefined : value,
  );
  return JSON.parse(text) as unknown;
}

/** The 0-based index of the first row whose first cell is `text`. */
export function rowOf(grid: Grid, text: string): number {
  const index = grid.findIndex((row) => row[0] === text);
  if (index < 0) throw new Error(`No row starts with ${text}`);
  return index;
}

/** Inserts rows before the 0-based row `at`. */
export function insertRows(grid: Grid, at: number, ...rows: CellValue[][]): void {
  grid.splice(at, 0, ...rows);
}

/** Notes as [rule, A1-like address, message] triples, easy to compare. */
export function brief(notes: readonly Finding[] | undefined): [string, string, string][] {
  return (notes ?? []).map((n) => [n.rule, where(n.address), n.message]);
}

function where(address: CellAddress | undefined): string {
  return address ? `${address.sheet}!${address.row}:${address.col}` : "";
}

/** Every cell address a value holds, at any depth. */
export function addressesIn(value: unknown, into: CellAddress[] = []): CellAddress[] {
  if (Array.isArray(value)) {
    for (const item of value) addressesIn(item, into);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record["sheet"] === "string" && typeof record["row"] === "number") {
      into.push(record as unknown as CellAddress);
    } else {
      for (const item of Object.values(record)) addressesIn(item, into);
    }
  }
  return into;
}
