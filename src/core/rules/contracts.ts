import Decimal from "decimal.js";
import type { Contract, Finding } from "../model";
import { finding, som } from "./finding";
import { runningTotal } from "./running-total";
import type { RuleContext } from "./types";

/**
 * contract-not-recommended (error, Договоры № заявки): a contract for an application whose ranking
 * status is not `funded` (reserve, below the pass score, ineligible, or never scored). A contract for a
 * number that is not on Заявки is application-unknown instead.
 */
export function contractNotRecommended({ input, lookup }: RuleContext): Finding[] {
  const found: Finding[] = [];
  for (const contract of input.contracts) {
    if (!lookup.application(contract.application)) continue;
    const status = lookup.ranking(contract.application)?.status;
    if (status === "funded") continue;
    found.push(
      finding("contract-not-recommended", "error", {
        address: contract.cells.application,
        params: { contract: contract.number, application: contract.application, status: status ?? "" },
        expected: "funded",
        actual: status ?? "",
      }),
    );
  }
  return found;
}

/**
 * contract-over-request (error, Договоры Сумма гранта): the contracts for an application add up to more
 * than the grant it asked for (Заявки Грант) or, when it is funded, than the recommended amount if that
 * is lower. Usually one contract; with several (an amendment typed as a new row) their running total
 * counts and the finding points at the contract with which it went over. Exactly the request does not
 * fire.
 */
export function contractOverRequest({ input, lookup }: RuleContext): Finding[] {
  const found: Finding[] = [];
  const byApplication = new Map<string, Contract[]>();
  for (const contract of input.contracts) {
    const list = byApplication.get(contract.application) ?? [];
    list.push(contract);
    byApplication.set(contract.application, list);
  }
  for (const [id, contracts] of byApplication) {
    const application = lookup.application(id);
    if (!application) continue;
    const requested = application.sources.grant;
    const entry = lookup.ranking(id);
    const limit = entry?.status === "funded" ? Decimal.min(requested, entry.recommended) : requested;
    const { total, crossing } = runningTotal(contracts, (c) => c.amount, limit);
    if (!crossing) continue;
    found.push(
      finding("contract-over-request", "error", {
        address: crossing.cells.amount,
        ...(limit.lessThan(requested) ? { variant: "recommended" } : {}),
        params: { contract: crossing.number, application: id, limit: som(limit), amount: som(total) },
        expected: som(limit),
        actual: som(total),
      }),
    );
  }
  return found;
}
