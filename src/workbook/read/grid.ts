import type { CellAddress } from "../../core/model";
import { isBlank } from "../cells/shown";
import type { CellValue, SheetValues, TableExtent } from "../port";

/** One sheet's values with 0-based access that never fails (ragged rows read as empty). */
export class Grid {
  constructor(
    /** The sheet's actual name, used in every address. */
    readonly sheet: string,
    private readonly values: readonly (readonly CellValue[])[],
    /** The Excel tables of the sheet, when the adapter knows them (0-based, inclusive). */
    readonly tables: readonly TableExtent[] = [],
  ) {}

  static of(sheet: SheetValues): Grid {
    return new Grid(sheet.name, sheet.values, sheet.tables ?? []);
  }

  get rowCount(): number {
    return this.values.length;
  }

  width(row: number): number {
    return this.values[row]?.length ?? 0;
  }

  /** The value at 0-based row/col; null outside the used range. */
  at(row: number, col: number): CellValue {
    return this.values[row]?.[col] ?? null;
  }

  /** The 0-based column of the first filled cell of a row from `from` to `to`, if any. */
  firstFilled(row: number, from = 0, to = this.width(row) - 1): number | undefined {
    for (let col = from; col <= to; col += 1) {
      if (!isBlank(this.at(row, col))) return col;
    }
    return undefined;
  }

  /** The 0-based index of the last row holding any data, or -1 for an empty sheet. */
  lastRowWithData(): number {
    if (this.lastFilledRow === undefined) {
      let row = this.rowCount - 1;
      while (row >= 0 && this.firstFilled(row) === undefined) row -= 1;
      this.lastFilledRow = row;
    }
    return this.lastFilledRow;
  }

  private lastFilledRow: number | undefined;

  /** The 1-based address of a 0-based cell. */
  address(row: number, col: number): CellAddress {
    return { sheet: this.sheet, row: row + 1, col: col + 1 };
  }
}
