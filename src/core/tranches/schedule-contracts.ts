import type Decimal from "decimal.js";
import type { CellAddress, Contract, Finding, GszInput, TrancheSchedule } from "../model";
import { buildSchedule } from "./build-schedule";

export interface ContractSchedules {
  readonly schedules: TrancheSchedule[];
  readonly findings: Finding[];
}

function withAddress(finding: Omit<Finding, "address">, address: CellAddress | undefined): Finding {
  return address ? { ...finding, address } : finding;
}

/**
 * The tranche schedule of every contract, with the contract's own scheme or the program's default,
 * rounded to the program's unit.
 *
 * Findings:
 * - `tranche-percent-sum` (error) when the percents do not sum to 100, at the contract's Схема траншей
 *   cell, or at the program's when the contract uses the default; such a contract gets no schedule;
 * - `tranche-date-outside` (error) for each given tranche date outside the contract's start..end, at the
 *   contract's Даты траншей cell; and (message `rules.tranche-date-outside.count`) when the number of
 *   given dates differs from the number of tranches — the schedule then uses the computed dates.
 */
export function scheduleContracts(input: GszInput): ContractSchedules {
  const organizations = new Map(input.applications.map((a) => [a.id, a.organization] as const));
  const schedules: TrancheSchedule[] = [];
  const findings: Finding[] = [];
  for (const contract of input.contracts) {
    const usesDefault = contract.scheme === undefined;
    const percents = contract.scheme ?? input.program.trancheScheme;
    const schedule = buildSchedule({
      amount: contract.amount,
      percents,
      unit: input.program.trancheRounding,
      start: contract.start,
      end: contract.end,
      dates: contract.dates,
      nonWorkingDays: input.program.nonWorkingDays,
    });
    if (schedule.problem?.kind === "percent-sum") {
      findings.push(percentSumFinding(contract, schedule.problem.sum, usesDefault, input));
      continue;
    }
    if (schedule.problem?.kind === "date-count") {
      findings.push(
        withAddress(
          {
            rule: "tranche-date-outside",
            severity: "error",
            message: "rules.tranche-date-outside.count",
            params: {
              contract: contract.number,
              expected: schedule.problem.expected,
              actual: schedule.problem.actual,
            },
            expected: String(schedule.problem.expected),
            actual: String(schedule.problem.actual),
          },
          contract.cells.dates,
        ),
      );
    }
    findings.push(...datesOutside(contract));
    if (schedule.items.length === 0) continue;
    schedules.push({
      contract: contract.number,
      application: contract.application,
      organization: organizations.get(contract.application) ?? "",
      amount: contract.amount,
      items: schedule.items,
    });
  }
  return { schedules, findings };
}

function percentSumFinding(contract: Contract, sum: Decimal, usesDefault: boolean, input: GszInput): Finding {
  return withAddress(
    {
      rule: "tranche-percent-sum",
      severity: "error",
      message: usesDefault ? "rules.tranche-percent-sum.default" : "rules.tranche-percent-sum",
      params: { contract: contract.number, sum: sum.toString() },
      expected: "100",
      actual: sum.toString(),
    },
    usesDefault ? input.program.cells.trancheScheme : contract.cells.scheme,
  );
}

/** Each given date outside the contract's period (ISO strings compare as dates). */
function datesOutside(contract: Contract): Finding[] {
  const findings: Finding[] = [];
  (contract.dates ?? []).forEach((date, i) => {
    if (date >= contract.start && date <= contract.end) return;
    findings.push(
      withAddress(
        {
          rule: "tranche-date-outside",
          severity: "error",
          message: "rules.tranche-date-outside",
          params: { contract: contract.number, n: i + 1, date, start: contract.start, end: contract.end },
          expected: `${contract.start}..${contract.end}`,
          actual: date,
        },
        contract.cells.dates,
      ),
    );
  });
  return findings;
}
