import type { Finding } from "../model";
import { finding, som } from "./finding";
import { sourcesTotal } from "./sources";
import type { RuleContext } from "./types";

/**
 * sources-sum-mismatch (error, Заявки Итого): the applicant's stated Итого differs from Грант + Местный
 * бюджет + Сообщество + НКО + Другие. A blank Итого is not checked. (Budget lines: budget-line-arithmetic.)
 */
export function sourcesSumMismatch({ input }: RuleContext): Finding[] {
  const found: Finding[] = [];
  for (const application of input.applications) {
    if (application.statedTotal === undefined) continue;
    const sum = sourcesTotal(application.sources);
    if (sum.equals(application.statedTotal)) continue;
    found.push(
      finding("sources-sum-mismatch", "error", {
        address: application.cells.total,
        params: { application: application.id, stated: som(application.statedTotal), sum: som(sum) },
        expected: som(sum),
        actual: som(application.statedTotal),
      }),
    );
  }
  return found;
}
