import type Decimal from "decimal.js";
import type { Application, CellAddress, Finding, RuleId } from "../model";
import { finding, percent, shareOf, som } from "./finding";
import { nonGrantTotal, sourcesTotal } from "./sources";
import type { RuleContext } from "./types";

interface MinimumShare {
  readonly rule: RuleId;
  readonly part: (application: Application) => Decimal;
  readonly cell: (application: Application) => CellAddress | undefined;
}

/**
 * Applications whose part of the project's total cost is below a minimum percent. Compared exactly
 * (part × 100 < min × total, no rounded share), so exactly the minimum does not fire. A project with a
 * zero total is not checked.
 */
function belowMinimum(applications: readonly Application[], min: Decimal, share: MinimumShare): Finding[] {
  const found: Finding[] = [];
  for (const application of applications) {
    const total = sourcesTotal(application.sources);
    if (total.isZero()) continue;
    const part = share.part(application);
    if (!part.times(100).lessThan(min.times(total))) continue;
    const actual = percent(shareOf(part, total), "below");
    found.push(
      finding(share.rule, "error", {
        address: share.cell(application),
        params: {
          application: application.id,
          share: actual,
          min: som(min),
          amount: som(part),
          total: som(total),
        },
        expected: som(min),
        actual,
      }),
    );
  }
  return found;
}

/**
 * cofinancing-below-min (error, Заявки Грант): the non-grant share of a project's total cost is below
 * the program's Мин. софинансирование, %. Points at the grant: the share is what the grant leaves, and
 * lowering the grant or raising the other sources fixes it. Silent when the parameter is not set.
 */
export function cofinancingBelowMin({ input }: RuleContext): Finding[] {
  const min = input.program.minCofinancingPct;
  if (min === undefined) return [];
  return belowMinimum(input.applications, min, {
    rule: "cofinancing-below-min",
    part: (a) => nonGrantTotal(a.sources),
    cell: (a) => a.cells.grant,
  });
}

/**
 * ngo-contribution-below-min (error, Заявки НКО): the NGO's own share of the project's total cost is
 * below the program's Мин. вклад НКО, %. Silent when the parameter is not set.
 */
export function ngoContributionBelowMin({ input }: RuleContext): Finding[] {
  const min = input.program.minNgoPct;
  if (min === undefined) return [];
  return belowMinimum(input.applications, min, {
    rule: "ngo-contribution-below-min",
    part: (a) => a.sources.ngo,
    cell: (a) => a.cells.ngo,
  });
}
