import type { CellAddress } from "../core/model";

/** 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let n = col;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `F7` */
export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** `Заявки!F7`, quoting sheet names that need it for Excel (`'Sheet 1'!A1`). */
export function formatAddress(address: CellAddress): string {
  return `${quoteSheet(address.sheet)}!${cellRef(address.row, address.col)}`;
}

export function quoteSheet(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
