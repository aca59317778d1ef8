import type { Finding } from "../model";
import { sumMoney } from "../money";
import { finding, som } from "./finding";
import { runningTotal } from "./running-total";
import type { RuleContext } from "./types";

/**
 * direction-over-allocation (error). The ranking recommends within each direction's Выделено by
 * construction, so what a person can get wrong is later: the contracts signed in a direction add up to
 * more than its allocation. Points at the Сумма гранта cell of the contract with which the running
 * total (Договоры, top to bottom) went over. As a safety net the same rule fires, at the direction's
 * Выделено cell, if the recommended amounts ever exceed it (e.g. a tie straddling the funding line).
 * Exactly the allocation does not fire.
 */
export function directionOverAllocation({ input, computed, lookup }: RuleContext): Finding[] {
  const found: Finding[] = [];
  const seen = new Set<string>();
  for (const direction of input.program.directions) {
    // a code listed twice is duplicate-id's business; its first row is the direction
    if (seen.has(direction.code)) continue;
    seen.add(direction.code);
    const contracts = input.contracts.filter(
      (c) => lookup.application(c.application)?.direction === direction.code,
    );
    const { total, crossing } = runningTotal(contracts, (c) => c.amount, direction.allocated);
    if (crossing) {
      found.push(
        finding("direction-over-allocation", "error", {
          address: crossing.cells.amount,
          params: {
            direction: direction.code,
            contract: crossing.number,
            allocated: som(direction.allocated),
            total: som(total),
          },
          expected: som(direction.allocated),
          actual: som(total),
        }),
      );
    }
    const recommended = sumMoney(
      computed.ranking.filter((e) => e.direction === direction.code).map((e) => e.recommended),
    );
    if (recommended.greaterThan(direction.allocated)) {
      found.push(
        finding("direction-over-allocation", "error", {
          address: direction.cells.allocated,
          variant: "recommended",
          params: { direction: direction.code, allocated: som(direction.allocated), total: som(recommended) },
          expected: som(direction.allocated),
          actual: som(recommended),
        }),
      );
    }
  }
  return found;
}

/**
 * program-over-budget (error). Σ of the directions' Выделено above Бюджет программы: points at the
 * Бюджет программы cell (the one figure the allocations must fit in; the message gives the sum).
 * Σ of all contracts above the budget: points at the Сумма гранта cell of the contract with which the
 * running total went over. Exactly the budget does not fire.
 */
export function programOverBudget({ input }: RuleContext): Finding[] {
  const { program } = input;
  const found: Finding[] = [];
  const allocated = sumMoney(program.directions.map((d) => d.allocated));
  if (allocated.greaterThan(program.budget)) {
    found.push(
      finding("program-over-budget", "error", {
        address: program.cells.budget,
        params: { budget: som(program.budget), total: som(allocated) },
        expected: som(program.budget),
        actual: som(allocated),
      }),
    );
  }
  const { total, crossing } = runningTotal(input.contracts, (c) => c.amount, program.budget);
  if (crossing) {
    found.push(
      finding("program-over-budget", "error", {
        address: crossing.cells.amount,
        variant: "contracts",
        params: { budget: som(program.budget), total: som(total), contract: crossing.number },
        expected: som(program.budget),
        actual: som(total),
      }),
    );
  }
  return found;
}
