/**
 * Where a value came from in the workbook. Rows and columns are 1-based, as Excel shows them.
 * The core never formats addresses: `Заявки!F7` is made only at the edges (see workbook/a1.ts).
 */
export interface CellAddress {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** The cells a record was read from, by field name. Absent when a record was built in code (tests). */
export type Cells<F extends string> = Partial<Readonly<Record<F, CellAddress>>>;
