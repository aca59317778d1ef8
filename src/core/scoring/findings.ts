/** The scoring findings, built in one place so that their params and cells stay consistent. */
import type Decimal from "decimal.js";
import type { Application, CellAddress, Criterion, Finding, GszInput, ScoreRow } from "../model";
import type { ApplicationScore } from "./application-score";

export function finding(base: Omit<Finding, "address">, address: CellAddress | undefined): Finding {
  return address ? { ...base, address } : base;
}

export function scoreMissing(
  id: string,
  row: ScoreRow,
  criterion: Criterion,
  address: CellAddress | undefined,
): Finding {
  const params = { application: id, member: row.member, criterion: criterion.code };
  return finding(
    { rule: "score-missing", severity: "warning", message: "rules.score-missing", params },
    address,
  );
}

/** Members of Комиссия, not recused, with no row for the application: one finding at its № cell. */
export function membersWithoutRow(application: Application, members: readonly string[]): Finding {
  return finding(
    {
      rule: "score-missing",
      severity: "warning",
      message: "rules.score-missing.no-row",
      params: { application: application.id, members: members.join(", "), count: members.length },
      actual: String(members.length),
    },
    application.cells.id,
  );
}

export function quorumNotMet(application: Application, scorers: number, quorum: number): Finding {
  return finding(
    {
      rule: "quorum-not-met",
      severity: "error",
      message: "rules.quorum-not-met",
      params: { application: application.id, scorers, quorum: String(quorum) },
      expected: String(quorum),
      actual: String(scorers),
    },
    application.cells.id,
  );
}

export function recusedButScored(
  id: string,
  row: ScoreRow,
  criterion: Criterion,
  value: Decimal,
  listed: ReadonlySet<string>,
  address: CellAddress | undefined,
): Finding {
  return finding(
    {
      rule: "recused-but-scored",
      severity: "error",
      message: listed.has(row.member) ? "rules.recused-but-scored" : "rules.recused-but-scored.marked",
      params: { application: id, member: row.member, criterion: criterion.code, value: value.toString() },
      actual: value.toString(),
    },
    address,
  );
}

export function outOfRange(
  id: string,
  row: ScoreRow,
  criterion: Criterion,
  value: Decimal,
  address: CellAddress | undefined,
): Finding {
  const max = criterion.maxScore.toString();
  return finding(
    {
      rule: "score-out-of-range",
      severity: "error",
      message: "rules.score-out-of-range",
      params: {
        application: id,
        member: row.member,
        criterion: criterion.code,
        value: value.toString(),
        max,
      },
      expected: `0..${max}`,
      actual: value.toString(),
    },
    address,
  );
}

/** The counted scores of one criterion in row order, with their cells and members (same index). */
export interface CountedScores {
  readonly values: readonly Decimal[];
  readonly cells: readonly (CellAddress | undefined)[];
  readonly members: readonly string[];
}

function addressBefore(a: CellAddress, b: CellAddress): boolean {
  return a.sheet < b.sheet || (a.sheet === b.sheet && (a.row < b.row || (a.row === b.row && a.col < b.col)));
}

/**
 * The index of the score farthest from the median; ties: the first in the sheet's row order (by cell,
 * so that the order rows were read in does not matter), else the first in the list.
 */
export function farthestFromMedian(
  values: readonly Decimal[],
  cells: readonly (CellAddress | undefined)[] = [],
): number {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) return -1;
  const lower = sorted.length % 2 === 0 ? (sorted[middle - 1] ?? upper) : upper;
  const median = lower.plus(upper).dividedBy(2);
  let best = -1;
  let bestDistance: Decimal | undefined;
  values.forEach((value, i) => {
    const distance = value.minus(median).abs();
    const cell = cells[i];
    const bestCell = cells[best];
    const tieBefore =
      bestDistance !== undefined &&
      distance.equals(bestDistance) &&
      cell !== undefined &&
      (bestCell === undefined || addressBefore(cell, bestCell));
    if (!bestDistance || distance.greaterThan(bestDistance) || tieBefore) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * At the score farthest from the criterion's median (ties: the first in row order), naming its member
 * and value, so that the commission knows whose score to discuss.
 */
export function divergence(
  id: string,
  criterion: Criterion,
  spread: Decimal,
  threshold: Decimal,
  application: Application,
  counted: CountedScores,
): Finding {
  const i = farthestFromMedian(counted.values, counted.cells);
  const address = counted.cells[i];
  return finding(
    {
      rule: "score-divergence",
      severity: "warning",
      message: "rules.score-divergence.farthest",
      params: {
        application: id,
        criterion: criterion.code,
        spread: spread.toString(),
        threshold: threshold.toString(),
        member: counted.members[i] ?? "",
        value: counted.values[i]?.toString() ?? "",
      },
      expected: threshold.toString(),
      actual: spread.toString(),
    },
    address ?? application.cells.id,
  );
}

/**
 * `no-scores` (error): each application nobody scored, at its № cell; when nobody scored anything, one
 * finding for the whole program at Оценки's header instead of one per application. None without
 * applications.
 */
export function notScored(input: GszInput, scores: readonly ApplicationScore[]): Finding[] {
  if (input.applications.length === 0) return [];
  if (!scores.some((s) => s.scored)) {
    return [
      finding(
        {
          rule: "no-scores",
          severity: "error",
          message: "rules.no-scores.program",
          params: { applications: input.applications.length },
          actual: "0",
        },
        input.scoresAt,
      ),
    ];
  }
  const scored = new Set(scores.filter((s) => s.scored).map((s) => s.application));
  return input.applications
    .filter((a) => !scored.has(a.id))
    .map((a) =>
      finding(
        {
          rule: "no-scores",
          severity: "error",
          message: "rules.no-scores",
          params: { application: a.id },
          actual: "0",
        },
        a.cells.id,
      ),
    );
}
