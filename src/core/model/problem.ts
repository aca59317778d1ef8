import type { CellAddress } from "./address";
import type { MessageParams } from "./finding";

/**
 * Input that cannot be used at all (a missing sheet or column, a cell that cannot be parsed).
 * Unlike a finding, a problem stops the run: nothing is computed or written (CLI exit status 2).
 * `address.row`/`col` point at the cell; for a missing sheet they are 1/1, for a missing column the
 * header row's first cell.
 */
export interface InputProblem {
  readonly address: CellAddress;
  readonly message: string;
  readonly params?: MessageParams;
}
