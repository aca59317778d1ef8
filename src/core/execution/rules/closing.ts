import { SOURCE_KEYS, type Finding } from "../../model";
import { finding, som } from "../../rules/finding";
import { isClosed } from "../compute";
import type { ExecutionContext } from "./context";

/**
 * cofinancing-delivered-below-plan (warning, Заявки, the source's cell): once a contract is closed (see
 * isClosed), a co-financing source delivered less than the application planned; variant per source.
 * Delivering exactly the plan, or more, does not fire.
 */
export function cofinancingDeliveredBelowPlan({
  input,
  execution,
  ledgers,
  terms,
  contract,
}: ExecutionContext): Finding[] {
  const found: Finding[] = [];
  for (const item of execution.contracts) {
    const ledger = ledgers.find((l) => l.schedule.contract === item.contract);
    if (!ledger || !isClosed(ledger, contract(item.contract)?.end, terms)) continue;
    const application = input.applications.find((a) => a.id === item.application);
    for (const key of SOURCE_KEYS) {
      if (key === "grant") continue;
      const { planned, delivered } = item.delivered[key];
      if (!delivered.lessThan(planned)) continue;
      const address = application?.cells[key] ?? item.address;
      found.push(
        finding("cofinancing-delivered-below-plan", "warning", {
          ...(address ? { address } : {}),
          variant: key,
          params: {
            contract: item.contract,
            application: item.application,
            planned: som(planned),
            delivered: som(delivered),
          },
          expected: som(planned),
          actual: som(delivered),
        }),
      );
    }
  }
  return found;
}

/**
 * grant-to-return (warning, Договоры № договора): a closed contract holds grant it did not spend (paid
 * − spent in accepted reports > 0): the NGO is to return it to the budget.
 */
export function grantToReturn({ execution }: ExecutionContext): Finding[] {
  return execution.contracts
    .filter((item) => item.toReturn.greaterThan(0))
    .map((item) =>
      finding("grant-to-return", "warning", {
        ...(item.address ? { address: item.address } : {}),
        params: {
          contract: item.contract,
          amount: som(item.toReturn),
          paid: som(item.paid),
          spent: som(item.spent),
        },
        actual: som(item.toReturn),
      }),
    );
}
