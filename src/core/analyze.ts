import { computeCofinancing } from "./cofinancing";
import { checkExecution, computeExecution } from "./execution";
import { compareFindings, type GszInput, type GszResult } from "./model";
import { rankAndRecommend } from "./ranking";
import { checkRules } from "./rules";
import { scoreApplications } from "./scoring";
import { scheduleContracts } from "./tranches";

/**
 * One run of the engine over a workbook's input: scores, ranking and recommendation, co-financing,
 * tranche schedules, execution (payments and reports), then the discrepancy rules over input and results. Findings of every part, and
 * the notes of reading (`input.notes`: empty rows, totals rows, rows not read), come back together,
 * errors first (compareFindings).
 */
export function analyze(input: GszInput): GszResult {
  const scoring = scoreApplications(input);
  const ranked = rankAndRecommend(input, scoring.scores);
  const cofinancing = computeCofinancing(input);
  const tranches = scheduleContracts(input);
  const computed = { ranking: ranked.ranking, cofinancing, tranches: tranches.schedules };
  const execution = computeExecution(input, tranches.schedules);
  const findings = [
    ...(input.notes ?? []),
    ...scoring.findings,
    ...ranked.findings,
    ...tranches.findings,
    ...checkRules(input, computed),
    ...checkExecution(input, tranches.schedules, execution),
  ];
  return { ...computed, execution, findings: findings.sort(compareFindings) };
}
