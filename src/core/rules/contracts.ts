import Decimal from "decimal.js";
import type { Finding } from "../model";
import { finding, som } from "./finding";
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
 * contract-over-request (error, Договоры Сумма гранта): the contract's amount exceeds the grant the
 * application asked for (Заявки Грант), or, when the application is funded, the recommended amount if
 * that is lower. Exactly the request does not fire.
 */
export function contractOverRequest({ input, lookup }: RuleContext): Finding[] {
  const found: Finding[] = [];
  for (const contract of input.contracts) {
    const application = lookup.application(contract.application);
    if (!application) continue;
    const requested = application.sources.grant;
    const entry = lookup.ranking(contract.application);
    const limit = entry?.status === "funded" ? Decimal.min(requested, entry.recommended) : requested;
    if (!contract.amount.greaterThan(limit)) continue;
    found.push(
      finding("contract-over-request", "error", {
        address: contract.cells.amount,
        ...(limit.lessThan(requested) ? { variant: "recommended" } : {}),
        params: {
          contract: contract.number,
          application: application.id,
          limit: som(limit),
          amount: som(contract.amount),
        },
        expected: som(limit),
        actual: som(contract.amount),
      }),
    );
  }
  return found;
}
