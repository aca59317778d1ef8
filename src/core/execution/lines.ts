import Decimal from "decimal.js";
import {
  BUDGET_CATEGORIES,
  bySource,
  type Application,
  type BudgetLine,
  type DeliveredSource,
  type LineExecution,
  type SourceKey,
  type SpendingReport,
} from "../model";
import { sum } from "./ledger";
import { percentOf } from "./release";

/**
 * Each budget line (Статья) of a contract: the grant approved in Смета for its application against the
 * grant reported spent. Lines with neither are left out; a line reported but never approved has
 * approved 0 and is over the tolerance. Over the tolerance: spent above approved by more than the
 * tolerance (exactly the tolerance is not over); once the contract is `closed`, spent below approved
 * by more than the tolerance as well (an unspent line is normal in the middle of the year).
 */
export function lineExecution(
  budget: readonly BudgetLine[],
  accepted: readonly SpendingReport[],
  tolerancePct: Decimal,
  closed: boolean,
): LineExecution[] {
  const lines: LineExecution[] = [];
  for (const category of BUDGET_CATEGORIES) {
    const approved = sum(
      budget.filter((l) => l.category === category),
      (l) => l.sources.grant,
    );
    const spent = sum(
      accepted.filter((r) => r.category === category),
      (r) => r.sources.grant,
    );
    if (approved.isZero() && spent.isZero()) continue;
    const deviation = spent.minus(approved);
    const allowed = approved.times(tolerancePct).dividedBy(100);
    const over = deviation.greaterThan(allowed) || (closed && deviation.negated().greaterThan(allowed));
    const deviationPct = percentOf(deviation, approved);
    lines.push({
      category,
      approved,
      spent,
      deviation,
      ...(deviationPct ? { deviationPct } : {}),
      overTolerance: over,
    });
  }
  return lines;
}

/**
 * Money of each source as planned and as delivered (accepted reports). The grant's plan is the
 * contract's grant; the other sources' plans are the application's (Заявки).
 */
export function deliveredSources(
  application: Application | undefined,
  grant: Decimal,
  accepted: readonly SpendingReport[],
): Record<SourceKey, DeliveredSource> {
  return bySource((key) => ({
    planned: key === "grant" ? grant : (application?.sources[key] ?? new Decimal(0)),
    delivered: sum(accepted, (r) => r.sources[key]),
  }));
}
