import type { CellAddress } from "../../core/model";
import type { CellValue, SheetValues } from "../port";

/** One sheet's values with 0-based access that never fails (ragged rows read as empty). */
export class Grid {
  constructor(
    /** The sheet's actual name, used in every address. */
    readonly sheet: string,
    private readonly values: readonly (readonly CellValue[])[],
  ) {}

  static of(sheet: SheetValues): Grid {
    return new Grid(sheet.name, sheet.values);
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

  /** The 1-based address of a 0-based cell. */
  address(row: number, col: number): CellAddress {
    return { sheet: this.sheet, row: row + 1, col: col + 1 };
  }
}
