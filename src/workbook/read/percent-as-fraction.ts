import Decimal from "decimal.js";
import type { CellAddress, Finding, ProgramField } from "../../core/model";
import type { Lang } from "../../i18n";
import type { CellData } from "../cells/parse-cell";
import { PARAMETERS } from "../schema/parameters";
import type { Grid } from "./grid";

const ONE = new Decimal(1);

/**
 * `percent-as-fraction` (warning), at the value cell of a percent parameter (Мин. софинансирование,
 * Мин. вклад НКО, Макс. оплата труда, Макс. админ. расходы, Порог освоения, Перераспределение) whose
 * value is above 0 and below 1 and whose cell is not formatted as a percent: 0.15 reads as 0.15 %,
 * but 15 % may have been meant (the value × 100). The value is still read as typed.
 *
 * Adapters hand percent-formatted cells over as text ending in `%` (cells/percent-text.ts), so a cell
 * is "not formatted as a percent" when what it holds does not say `%`: a number, or text without it.
 */
export function percentAsFraction(
  grid: Grid,
  lang: Lang,
  values: ReadonlyMap<ProgramField, CellData>,
  cells: Partial<Record<ProgramField, CellAddress>>,
): Finding[] {
  const found: Finding[] = [];
  for (const spec of PARAMETERS) {
    if (spec.type !== "percent") continue;
    const value = values.get(spec.field);
    const address = cells[spec.field];
    if (!(value instanceof Decimal) || !address) continue;
    if (!value.isPositive() || value.isZero() || !value.lessThan(ONE)) continue;
    const raw = grid.at(address.row - 1, address.col - 1);
    if (typeof raw === "string" && raw.includes("%")) continue;
    found.push({
      rule: "percent-as-fraction",
      severity: "warning",
      address,
      message: "rules.percent-as-fraction",
      params: {
        parameter: spec.key[lang],
        value: value.toFixed(),
        percent: value.times(100).toFixed(),
      },
      actual: value.toFixed(),
    });
  }
  return found;
}
