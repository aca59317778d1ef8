import type { CellAddress, Finding, RuleId, TrancheSchedule } from "../../model";
import { finding } from "../../rules/finding";

/** A row of Платежи or Отчёты as far as naming its contract and tranche goes. */
interface TrancheRef {
  readonly contract: string;
  readonly tranche: number;
  readonly cells: { readonly contract?: CellAddress; readonly tranche?: CellAddress };
}

/**
 * The `contract` variant of `rule` when no schedule has the row's contract (at № договора), the
 * `tranche` variant when its schedule lacks the tranche (at № транша); undefined when both are known.
 */
export function unknownTranche(
  rule: RuleId,
  row: TrancheRef,
  known: TrancheSchedule | undefined,
): Finding | undefined {
  if (!known) {
    return finding(rule, "error", {
      address: row.cells.contract,
      variant: "contract",
      params: { contract: row.contract },
      actual: row.contract,
    });
  }
  if (known.items.some((t) => t.n === row.tranche)) return undefined;
  return finding(rule, "error", {
    address: row.cells.tranche,
    variant: "tranche",
    params: { contract: row.contract, tranche: row.tranche, count: known.items.length },
    expected: `1..${known.items.length}`,
    actual: String(row.tranche),
  });
}
