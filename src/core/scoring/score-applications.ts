import type Decimal from "decimal.js";
import type { Aggregation, Application, CellAddress, Criterion, Finding, GszInput, ScoreRow } from "../model";
import { compareDecimals, ZERO } from "../money";
import { aggregateScores, extremes } from "./aggregate";
import type { ApplicationScore, CriterionScore } from "./application-score";
import { fractionAtLeast, fractionValue, weightedSum, type Fraction } from "./fraction";
import {
  divergence,
  membersWithoutRow,
  notScored,
  outOfRange,
  quorumNotMet,
  recusedButScored,
  scoreMissing,
} from "./findings";

export interface Scoring {
  readonly scores: ApplicationScore[];
  readonly findings: Finding[];
}

/**
 * Aggregates the commission's scores per application and criterion (mean, median or trimmed mean as the
 * program says) and totals them with the criteria's weights, in full precision.
 *
 * Whose scores count: a member recused from an application — listed in Комиссия's Отвод column, or
 * having put a recusal mark in any cell of their row for it — counts for nothing on that application;
 * any number they gave anyway is a `recused-but-scored` error and is left out. A number below 0 or above
 * the criterion's max is a `score-out-of-range` error and is left out too (a typo such as 85 for 8.5
 * would otherwise swamp the mean). Rows for applications not in Заявки and columns for unknown
 * criteria are ignored; two rows of one member for one application both count (duplicates are
 * another rule's business).
 *
 * Findings:
 * - `score-out-of-range` (error), `recused-but-scored` (error): at the score cell;
 * - `score-missing` (warning): at a blank score cell of a member who is not recused; and once per
 *   application, at its № cell in Заявки, naming the commission members (not recused) with no row for it;
 * - `score-divergence` (warning): a criterion's max − min above the threshold (program's, or half the
 *   criterion's max); exactly at the threshold is fine. At the score farthest from the criterion's
 *   median (ties: the first in row order), naming its member;
 * - `quorum-not-met` (error): fewer scorers than the program's quorum, at the application's № cell.
 *
 * - `no-scores` (error): an application without any counted score, at its № cell; when no application
 *   has any, ONE finding for the whole program at Оценки's header (`input.scoresAt`) instead.
 *
 * An empty Оценки sheet means the scoring has not happened yet: then no other scoring finding is raised.
 */
export function scoreApplications(input: GszInput): Scoring {
  const rowsByApplication = new Map<string, ScoreRow[]>();
  for (const application of input.applications) rowsByApplication.set(application.id, []);
  for (const row of input.scores) rowsByApplication.get(row.application)?.push(row);

  const listedRecusals = new Map<string, Set<string>>();
  for (const member of input.commission) {
    for (const id of member.recusedFrom) {
      const set = listedRecusals.get(id) ?? new Set<string>();
      set.add(member.name);
      listedRecusals.set(id, set);
    }
  }

  const context: Context = {
    input,
    criteria: input.criteria.map((criterion) => ({
      criterion,
      threshold: input.program.divergenceThreshold ?? criterion.maxScore.dividedBy(2),
    })),
    memberNames: [...new Set(input.commission.map((m) => m.name))].sort(),
  };
  const scoringStarted = input.scores.length > 0;
  const scores: ApplicationScore[] = [];
  const findings: Finding[] = [];
  for (const application of input.applications) {
    const rows = rowsByApplication.get(application.id) ?? [];
    const result = scoreOne(context, application, rows, listedRecusals.get(application.id) ?? NOBODY);
    scores.push(result.score);
    if (scoringStarted) findings.push(...result.findings);
  }
  findings.push(...notScored(input, scores));
  return { scores, findings };
}

const NOBODY: ReadonlySet<string> = new Set();

/** What every application's scoring needs, worked out once per run. */
interface Context {
  readonly input: GszInput;
  readonly criteria: readonly { readonly criterion: Criterion; readonly threshold: Decimal }[];
  /** Distinct member names of Комиссия, sorted (for the "no row" message). */
  readonly memberNames: readonly string[];
}

function hasRecusalMark(row: ScoreRow): boolean {
  return Object.values(row.scores).some((cell) => cell.kind === "recused");
}

function scoreOne(
  context: Context,
  application: Application,
  rows: readonly ScoreRow[],
  listed: ReadonlySet<string>,
): { score: ApplicationScore; findings: Finding[] } {
  const { input } = context;
  const findings: Finding[] = [];
  const id = application.id;
  const recused = new Set(listed);
  for (const row of rows) if (hasRecusalMark(row)) recused.add(row.member);

  // Per criterion: the counted scores, where they were typed and by whom (same index).
  const counted = context.criteria.map((entry) => ({
    ...entry,
    values: [] as Decimal[],
    scoredRows: [] as ScoreRow[],
    members: [] as string[],
  }));
  const scorers = new Set<string>();
  const haveRow = new Set<string>();
  for (const row of rows) {
    haveRow.add(row.member);
    const isRecused = recused.has(row.member);
    for (const { criterion, values, scoredRows, members } of counted) {
      const cell = row.scores[criterion.code];
      // Addresses are made only for a finding (a large Оценки has millions of score cells).
      const address = (): CellAddress | undefined => row.scoreCells[criterion.code] ?? row.cells.application;
      if (isRecused) {
        if (cell?.kind === "number")
          findings.push(recusedButScored(id, row, criterion, cell.value, listed, address()));
        continue;
      }
      // A recusal mark makes the member recused: a non-recused row holds numbers or nothing.
      if (cell?.kind !== "number") {
        findings.push(scoreMissing(id, row, criterion, address()));
        continue;
      }
      if (cell.value.isNegative() || compareDecimals(cell.value, criterion.maxScore) > 0) {
        findings.push(outOfRange(id, row, criterion, cell.value, address()));
        continue;
      }
      values.push(cell.value);
      scoredRows.push(row);
      members.push(row.member);
      scorers.add(row.member);
    }
  }

  const absent = context.memberNames.filter((name) => !haveRow.has(name) && !recused.has(name));
  if (absent.length > 0) findings.push(membersWithoutRow(application, absent));

  const byCriterion: Record<string, CriterionScore> = {};
  const terms: { weight: Decimal; value: Fraction }[] = [];
  const belowMin: string[] = [];
  let largestSpread = ZERO;
  for (const { criterion, threshold, values, scoredRows, members } of counted) {
    if (values.length === 0) {
      if (criterion.minScore !== undefined) belowMin.push(criterion.code);
      continue;
    }
    const criterionScore = aggregateCriterion(criterion, values, input.program.aggregation);
    byCriterion[criterion.code] = criterionScore;
    terms.push({ weight: criterion.weight, value: criterionScore.exact });
    if (criterion.minScore !== undefined && !fractionAtLeast(criterionScore.exact, criterion.minScore)) {
      belowMin.push(criterion.code);
    }
    // Stryker disable next-line EqualityOperator: "≥" would replace the largest spread by an equal one.
    if (compareDecimals(criterionScore.spread, largestSpread) > 0) largestSpread = criterionScore.spread;
    if (compareDecimals(criterionScore.spread, threshold) > 0) {
      const cells = scoredRows.map((r) => r.scoreCells[criterion.code]);
      findings.push(
        divergence(id, criterion, criterionScore.spread, threshold, application, { values, cells, members }),
      );
    }
  }
  const exactTotal = weightedSum(terms);

  const quorum = input.program.quorum;
  const quorumMet = quorum === undefined || scorers.size >= quorum;
  // Stryker disable next-line ConditionalExpression: quorum is defined whenever it is not met (the check is for the types).
  if (!quorumMet && quorum !== undefined) findings.push(quorumNotMet(application, scorers.size, quorum));

  const score: ApplicationScore = {
    application: id,
    criteria: byCriterion,
    total: fractionValue(exactTotal),
    exactTotal,
    scorers: scorers.size,
    recusals: recused.size,
    largestSpread,
    belowMin,
    quorumMet,
    scored: scorers.size > 0,
  };
  return { score, findings };
}

function aggregateCriterion(
  criterion: Criterion,
  list: readonly Decimal[],
  method: Aggregation,
): CriterionScore {
  const known = extremes(list);
  const exact = aggregateScores(list, method, known);
  return {
    criterion: criterion.code,
    aggregate: fractionValue(exact),
    exact,
    count: list.length,
    spread: known.highest.minus(known.lowest),
  };
}
