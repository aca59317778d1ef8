import type { Contract, Execution, Finding, GszInput, TrancheSchedule } from "../../model";
import type { ExecutionTerms } from "../compute";
import { ledgers, type ContractLedger } from "../ledger";

/** What every execution rule gets. */
export interface ExecutionContext {
  readonly input: GszInput;
  readonly terms: ExecutionTerms;
  readonly execution: Execution;
  /** The first schedule of each contract number. */
  readonly schedule: (contract: string) => TrancheSchedule | undefined;
  /** The first Договоры row of each contract number. */
  readonly contract: (number: string) => Contract | undefined;
  readonly ledgers: readonly ContractLedger[];
}

export function executionContext(
  input: GszInput,
  schedules: readonly TrancheSchedule[],
  execution: Execution,
  terms: ExecutionTerms,
): ExecutionContext {
  const list = ledgers(input, schedules);
  const bySchedule = new Map(list.map((l) => [l.schedule.contract, l.schedule] as const));
  const contracts = new Map<string, Contract>();
  for (const c of input.contracts) if (!contracts.has(c.number)) contracts.set(c.number, c);
  return {
    input,
    terms,
    execution,
    schedule: (contract) => bySchedule.get(contract),
    contract: (number) => contracts.get(number),
    ledgers: list,
  };
}

/** One execution rule (or a few related ones): the findings it raises, in sheet order. */
export type ExecutionRule = (context: ExecutionContext) => Finding[];
