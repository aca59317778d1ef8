import type { CellValue, SheetValues } from "./port";
import { sha256TextFast } from "./sha256";

/** A cell as it enters the fingerprint: empty strings and blanks are the same thing to a person. */
type CanonicalCell = null | string | number | boolean | { readonly d: number } | { readonly e: string };

function canonicalCell(value: CellValue): CanonicalCell {
  if (value === null || value === "") return null;
  if (typeof value === "object") return "date" in value ? { d: value.date } : { e: value.error };
  return value;
}

function canonicalRows(values: SheetValues["values"]): CanonicalCell[][] {
  const rows = values.map((row) => {
    const cells = row.map(canonicalCell);
    // Trailing blanks carry no information and differ between adapters (used range vs. ragged rows).
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

/**
 * The canonical text of input sheets: sheets sorted by name (code points), each sheet's rows from A1
 * with trailing blanks dropped, serialized as JSON (deterministic for strings, numbers and arrays).
 */
export function canonicalInput(sheets: readonly SheetValues[]): string {
  const sorted = [...sheets].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return JSON.stringify(sorted.map((sheet) => [sheet.name, canonicalRows(sheet.values)]));
}

/** SHA-256 (hex) of the canonical input; the same values give the same fingerprint in every adapter. */
export function inputFingerprint(sheets: readonly SheetValues[]): Promise<string> {
  return sha256TextFast(canonicalInput(sheets));
}

/** The stamp's fingerprint marker, language-independent so that any front end can read it back. */
export const FINGERPRINT_LABEL = "SHA-256";

const STAMP_PATTERN = /SHA-256:\s*([0-9a-f]{64})/;

/** How many rows from the top of an output sheet are searched for the stamp. */
export const STAMP_SEARCH_ROWS = 5;

/** The input fingerprint stamped on an output sheet, or undefined when the sheet carries no stamp. */
export function readStamp(sheet: SheetValues): string | undefined {
  for (const row of sheet.values.slice(0, STAMP_SEARCH_ROWS)) {
    for (const cell of row) {
      if (typeof cell !== "string") continue;
      const match = STAMP_PATTERN.exec(cell);
      if (match?.[1] !== undefined) return match[1];
    }
  }
  return undefined;
}
