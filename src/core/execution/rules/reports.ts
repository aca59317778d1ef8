import type { Finding } from "../../model";
import { finding, som } from "../../rules/finding";
import { runningTotal } from "../../rules/running-total";
import { acceptedBy, sum } from "../ledger";
import type { ExecutionContext } from "./context";
import { unknownTranche } from "./unknown-tranche";

/**
 * report-unknown-line (error, Отчёты): a report line whose Статья is not in the Смета of the contract's
 * application, at the Статья cell; variants `contract` (no schedule for the contract, at № договора) and
 * `tranche` (no such tranche in the schedule, at № транша). Such a line counts nowhere.
 */
export function reportUnknownLine({ input, schedule }: ExecutionContext): Finding[] {
  const found: Finding[] = [];
  for (const report of input.reports ?? []) {
    const known = schedule(report.contract);
    const unknown = unknownTranche("report-unknown-line", report, known);
    if (unknown) found.push(unknown);
    if (!known) continue;
    const approved = input.budgetLines.some(
      (l) => l.application === known.application && l.category === report.category,
    );
    if (!approved) {
      found.push(
        finding("report-unknown-line", "error", {
          address: report.cells.category,
          params: { contract: report.contract, application: known.application },
          actual: report.category,
        }),
      );
    }
  }
  return found;
}

/**
 * spent-over-paid (error, Отчёты Грант): the grant reported spent in accepted reports on a contract is
 * more than was paid on it, at the report line with which it went over (exactly what was paid does not
 * fire).
 */
export function spentOverPaid({ ledgers, terms }: ExecutionContext): Finding[] {
  const found: Finding[] = [];
  for (const { schedule, payments, reports } of ledgers) {
    const paid = sum(payments, (p) => p.amount);
    const accepted = reports.filter((r) => acceptedBy(r, terms.asOf));
    const { total, crossing } = runningTotal(accepted, (r) => r.sources.grant, paid);
    if (!crossing) continue;
    found.push(
      finding("spent-over-paid", "error", {
        address: crossing.cells.grant ?? crossing.cells.contract,
        params: { contract: schedule.contract, paid: som(paid), spent: som(total) },
        expected: som(paid),
        actual: som(total),
      }),
    );
  }
  return found;
}

/**
 * line-over-tolerance (warning): a budget line whose reported grant spending differs from the grant
 * approved in Смета by more than Перераспределение of it (exactly the tolerance is not over). Spent
 * above: at the report line (Отчёты Грант) with which the running total went over. Spent below, once
 * the contract is closed (see isClosed): at the line's first row in Смета (Грант), variant `under`.
 */
export function lineOverTolerance({ input, execution, ledgers, terms }: ExecutionContext): Finding[] {
  const found: Finding[] = [];
  for (const contract of execution.contracts) {
    const ledger = ledgers.find((l) => l.schedule.contract === contract.contract);
    if (!ledger) continue;
    for (const line of contract.lines) {
      if (!line.overTolerance) continue;
      const params = {
        contract: contract.contract,
        approved: som(line.approved),
        spent: som(line.spent),
        deviation: line.deviationPct ? line.deviationPct.toFixed(2) : "—",
        tolerance: terms.tolerancePct.toFixed(2),
      };
      const parts = { params, expected: som(line.approved), actual: som(line.spent) };
      if (line.deviation.isPositive()) {
        const limit = line.approved.plus(line.approved.times(terms.tolerancePct).dividedBy(100));
        const reports = ledger.reports.filter(
          (r) => r.category === line.category && acceptedBy(r, terms.asOf),
        );
        const { crossing } = runningTotal(reports, (r) => r.sources.grant, limit);
        found.push(
          finding("line-over-tolerance", "warning", {
            ...parts,
            ...(crossing?.cells.grant ? { address: crossing.cells.grant } : {}),
          }),
        );
      } else {
        const budgetLine = input.budgetLines.find(
          (l) => l.application === contract.application && l.category === line.category,
        );
        found.push(
          finding("line-over-tolerance", "warning", {
            ...parts,
            variant: "under",
            ...(budgetLine?.cells.grant ? { address: budgetLine.cells.grant } : {}),
          }),
        );
      }
    }
  }
  return found;
}
