import Decimal from "decimal.js";
import type { Application, CellAddress, Criterion, Finding, GszInput, ScoreRow } from "../model";
import { ZERO } from "../money";
import { aggregateScores } from "./aggregate";
import type { ApplicationScore, CriterionScore } from "./application-score";
import { fractionAtLeast, fractionValue, weightedSum } from "./fraction";

export interface Scoring {
  readonly scores: ApplicationScore[];
  readonly findings: Finding[];
}

/** A counted score and where it was typed (for pointing a divergence at a cell). */
interface Counted {
  readonly value: Decimal;
  readonly address?: CellAddress;
}

function finding(base: Omit<Finding, "address">, address: CellAddress | undefined): Finding {
  return address ? { ...base, address } : base;
}

function addressBefore(a: CellAddress, b: CellAddress): boolean {
  return a.sheet < b.sheet || (a.sheet === b.sheet && (a.row < b.row || (a.row === b.row && a.col < b.col)));
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
 *   criterion's max); exactly at the threshold is fine. At the first (top-left) counted score cell;
 * - `quorum-not-met` (error): fewer scorers than the program's quorum, at the application's № cell.
 *
 * An empty Оценки sheet means the scoring has not happened yet: then no scoring finding is raised.
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

  const scoringStarted = input.scores.length > 0;
  const scores: ApplicationScore[] = [];
  const findings: Finding[] = [];
  for (const application of input.applications) {
    const rows = rowsByApplication.get(application.id) ?? [];
    const result = scoreOne(input, application, rows, listedRecusals.get(application.id) ?? new Set());
    scores.push(result.score);
    if (scoringStarted) findings.push(...result.findings);
  }
  return { scores, findings };
}

function scoreOne(
  input: GszInput,
  application: Application,
  rows: readonly ScoreRow[],
  listed: ReadonlySet<string>,
): { score: ApplicationScore; findings: Finding[] } {
  const findings: Finding[] = [];
  const id = application.id;
  const recused = new Set(listed);
  for (const row of rows) {
    if (Object.values(row.scores).some((cell) => cell.kind === "recused")) recused.add(row.member);
  }

  const counted = new Map<string, Counted[]>();
  const scorers = new Set<string>();
  const haveRow = new Set<string>();
  for (const row of rows) {
    haveRow.add(row.member);
    const isRecused = recused.has(row.member);
    for (const criterion of input.criteria) {
      const cell = row.scores[criterion.code];
      const address = row.scoreCells[criterion.code] ?? row.cells.application;
      const params = { application: id, member: row.member, criterion: criterion.code };
      if (isRecused) {
        if (cell?.kind === "number") {
          findings.push(
            finding(
              {
                rule: "recused-but-scored",
                severity: "error",
                message: listed.has(row.member)
                  ? "rules.recused-but-scored"
                  : "rules.recused-but-scored.marked",
                params: { ...params, value: cell.value.toString() },
                actual: cell.value.toString(),
              },
              address,
            ),
          );
        }
        continue;
      }
      if (cell === undefined || cell.kind === "missing") {
        findings.push(
          finding(
            { rule: "score-missing", severity: "warning", message: "rules.score-missing", params },
            address,
          ),
        );
        continue;
      }
      if (cell.kind !== "number") continue;
      if (cell.value.isNegative() || cell.value.greaterThan(criterion.maxScore)) {
        findings.push(
          finding(
            {
              rule: "score-out-of-range",
              severity: "error",
              message: "rules.score-out-of-range",
              params: { ...params, value: cell.value.toString(), max: criterion.maxScore.toString() },
              expected: `0..${criterion.maxScore.toString()}`,
              actual: cell.value.toString(),
            },
            address,
          ),
        );
        continue;
      }
      const list = counted.get(criterion.code) ?? [];
      list.push(row.scoreCells[criterion.code] ? { value: cell.value, address } : { value: cell.value });
      counted.set(criterion.code, list);
      scorers.add(row.member);
    }
  }

  const absent = input.commission
    .map((m) => m.name)
    .filter((name) => !haveRow.has(name) && !recused.has(name))
    .sort();
  if (absent.length > 0) {
    findings.push(
      finding(
        {
          rule: "score-missing",
          severity: "warning",
          message: "rules.score-missing.no-row",
          params: { application: id, members: absent.join(", "), count: absent.length },
          actual: String(absent.length),
        },
        application.cells.id,
      ),
    );
  }

  const byCriterion: Record<string, CriterionScore> = {};
  let largestSpread = ZERO;
  for (const criterion of input.criteria) {
    const list = counted.get(criterion.code);
    if (!list || list.length === 0) continue;
    const criterionScore = aggregateCriterion(criterion, list, input.program.aggregation);
    byCriterion[criterion.code] = criterionScore;
    if (criterionScore.spread.greaterThan(largestSpread)) largestSpread = criterionScore.spread;
    const divergence = divergenceFinding(input, id, criterion, criterionScore, list, application);
    if (divergence) findings.push(divergence);
  }

  const exactTotal = weightedSum(
    input.criteria.flatMap((c) => {
      const s = byCriterion[c.code];
      return s ? [{ weight: c.weight, value: s.exact }] : [];
    }),
  );
  const belowMin = input.criteria
    .filter((c) => {
      if (c.minScore === undefined) return false;
      const s = byCriterion[c.code];
      return !s || !fractionAtLeast(s.exact, c.minScore);
    })
    .map((c) => c.code);

  const quorum = input.program.quorum;
  const quorumMet = quorum === undefined || scorers.size >= quorum;
  if (!quorumMet) {
    findings.push(
      finding(
        {
          rule: "quorum-not-met",
          severity: "error",
          message: "rules.quorum-not-met",
          params: { application: id, scorers: scorers.size, quorum: String(quorum) },
          expected: String(quorum),
          actual: String(scorers.size),
        },
        application.cells.id,
      ),
    );
  }

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
  list: readonly Counted[],
  method: GszInput["program"]["aggregation"],
): CriterionScore {
  const sorted = list.map((c) => c.value).sort((a, b) => a.comparedTo(b));
  const exact = aggregateScores(sorted, method);
  const lowest = sorted[0] ?? ZERO;
  const highest = sorted[sorted.length - 1] ?? ZERO;
  return {
    criterion: criterion.code,
    aggregate: fractionValue(exact),
    exact,
    count: sorted.length,
    spread: highest.minus(lowest),
  };
}

function divergenceFinding(
  input: GszInput,
  id: string,
  criterion: Criterion,
  score: CriterionScore,
  list: readonly Counted[],
  application: Application,
): Finding | undefined {
  const threshold = input.program.divergenceThreshold ?? criterion.maxScore.dividedBy(2);
  if (!score.spread.greaterThan(threshold)) return undefined;
  let address: CellAddress | undefined;
  for (const c of list) if (c.address && (!address || addressBefore(c.address, address))) address = c.address;
  return finding(
    {
      rule: "score-divergence",
      severity: "warning",
      message: "rules.score-divergence",
      params: {
        application: id,
        criterion: criterion.code,
        spread: score.spread.toString(),
        threshold: new Decimal(threshold).toString(),
      },
      expected: threshold.toString(),
      actual: score.spread.toString(),
    },
    address ?? application.cells.id,
  );
}
