import Decimal from "decimal.js";
import type {
  Application,
  Direction,
  Finding,
  FundingStatus,
  GszInput,
  RankingEntry,
  RankingReason,
} from "../model";
import { ZERO } from "../money";
import { fractionAtLeast, type ApplicationScore } from "../scoring";
import { assignPlaces } from "./places";
import { belowPassReason, ineligibleReason, NOT_SCORED } from "./reasons";
import { compareIds, recommendInDirection, type Candidate, type DirectionOutcome } from "./recommend";
import { shownTotal, totalDecimals } from "./shown-total";

export interface Ranking {
  readonly ranking: RankingEntry[];
  readonly findings: Finding[];
}

/** Passes the commission: scored, quorum met (if set), total ≥ pass score (if set), every min score met. */
export function passes(score: ApplicationScore | undefined, passScore: Decimal | undefined): boolean {
  if (!score || !score.scored || !score.quorumMet || score.belowMin.length > 0) return false;
  return passScore === undefined || fractionAtLeast(score.exactTotal, passScore);
}

/**
 * The ranking and the recommendation.
 *
 * - Place is one ranking over the whole program by total (exact ties share a place, 1, 2, 2, 4);
 *   an application nobody scored has no place and is `not-scored` (never below-pass).
 * - Recommendation is within each direction in order of place (see recommendInDirection).
 * - Status: `ineligible` (type, unknown direction, over the max per project) first, then `not-scored`,
 *   then `below-pass` (quorum, pass score, min scores), then `funded` or `reserve`. Recommended is the
 *   grant or 0. Every entry carries its `reason` (reasons.ts).
 * - `tie-at-funding-line` (error) at the № cell of each tied application whose tie straddles the
 *   funding line: the commission decides. Its total is the one the ranking shows (totalDecimals).
 *
 * Entries are ordered by place, then by application number; unplaced ones last.
 */
export function rankAndRecommend(input: GszInput, scores: readonly ApplicationScore[]): Ranking {
  const scoreById = new Map(scores.map((s) => [s.application, s] as const));
  const scored = scores.filter((s) => s.scored);
  const places = assignPlaces(scored.map((s) => ({ key: s.application, total: s.exactTotal })));
  const decimals = totalDecimals(scored.map((s) => s.total));
  const shown = (id: string): string => shownTotal(scoreById.get(id)?.total ?? ZERO, decimals);

  const directions = new Map<string, Direction>();
  for (const direction of input.program.directions)
    if (!directions.has(direction.code)) directions.set(direction.code, direction);
  const ineligible = new Map<string, RankingReason>();
  const passing = new Set<string>();
  const candidatesByDirection = new Map<string, Candidate[]>();
  for (const application of input.applications) {
    const score = scoreById.get(application.id);
    const why = ineligibleReason(application, directions.get(application.direction));
    // Stryker disable next-line ConditionalExpression: storing "no reason" is the same as storing none.
    if (why) ineligible.set(application.id, why);
    if (passes(score, input.program.passScore)) passing.add(application.id);
    if (!score || why || !passing.has(application.id)) continue;
    const list = candidatesByDirection.get(application.direction) ?? [];
    list.push({ application, total: score.exactTotal });
    candidatesByDirection.set(application.direction, list);
  }

  const outcomes = new Map<string, DirectionOutcome>();
  const findings: Finding[] = [];
  for (const direction of input.program.directions) {
    const candidates = candidatesByDirection.get(direction.code);
    if (!candidates) continue;
    candidatesByDirection.delete(direction.code); // a direction code listed twice is funded once
    const outcome = recommendInDirection(candidates, direction.allocated, input.program.tieBreak);
    outcomes.set(direction.code, outcome);
    for (const tie of outcome.straddling) {
      const total = shown(tie.application.id);
      const base: Finding = {
        rule: "tie-at-funding-line",
        severity: "error",
        message: tie.datesMissing ? "rules.tie-at-funding-line.no-dates" : "rules.tie-at-funding-line",
        params: {
          application: tie.application.id,
          direction: direction.code,
          total,
          tiedWith: tie.tiedWith.join(", "),
        },
        actual: total,
      };
      findings.push(tie.application.cells.id ? { ...base, address: tie.application.cells.id } : base);
    }
  }

  const verdict = (application: Application): { status: FundingStatus; reason: RankingReason } => {
    const id = application.id;
    const score = scoreById.get(id);
    const why = ineligible.get(id);
    if (why) return { status: "ineligible", reason: why };
    if (!score?.scored) return { status: "not-scored", reason: NOT_SCORED };
    if (!passing.has(id)) {
      const reason = belowPassReason(score, input.program.passScore, input.program.quorum, shown(id));
      return { status: "below-pass", reason };
    }
    return fundingVerdict(application, outcomes.get(application.direction), shown(id));
  };

  const entries = input.applications.map((application): RankingEntry => {
    const score = scoreById.get(application.id);
    const { status, reason } = verdict(application);
    const criteria: Record<string, Decimal> = {};
    for (const [code, c] of Object.entries(score?.criteria ?? {})) criteria[code] = c.aggregate;
    const place = places.get(application.id);
    const entry: RankingEntry = {
      application: application.id,
      organization: application.organization,
      direction: application.direction,
      total: score?.total ?? ZERO,
      criteria,
      scorers: score?.scorers ?? 0,
      recusals: score?.recusals ?? 0,
      largestSpread: score?.largestSpread ?? ZERO,
      passes: passing.has(application.id),
      requested: application.sources.grant,
      recommended: status === "funded" ? application.sources.grant : new Decimal(0),
      status,
      reason,
    };
    return place === undefined ? entry : { ...entry, place };
  });
  entries.sort(
    (a, b) =>
      (a.place ?? Number.MAX_SAFE_INTEGER) - (b.place ?? Number.MAX_SAFE_INTEGER) ||
      compareIds(a.application, b.application),
  );
  return { ranking: entries, findings };
}

/** Funded or reserve, and why, for an application that passes and is eligible. */
function fundingVerdict(
  application: Application,
  outcome: DirectionOutcome | undefined,
  total: string,
): { status: FundingStatus; reason: RankingReason } {
  const id = application.id;
  const direction = application.direction;
  const requested = application.sources.grant.toFixed(2);
  const left = outcome?.left.get(id);
  if (outcome?.funded.has(id)) {
    const params = { direction, requested, left: (left ?? ZERO).toFixed(2) };
    return { status: "funded", reason: { key: "ranking.reason.funded", params } };
  }
  const tie = outcome?.straddling.find((s) => s.application.id === id);
  if (tie) {
    const params = { direction, total, tiedWith: tie.tiedWith.join(", ") };
    return { status: "reserve", reason: { key: "ranking.reason.reserve.tie", params } };
  }
  if (left === undefined && outcome && outcome.stoppedAt.length > 0) {
    const params = { direction, tied: outcome.stoppedAt.join(", ") };
    return { status: "reserve", reason: { key: "ranking.reason.reserve.stopped", params } };
  }
  const params = { direction, left: (left ?? ZERO).toFixed(2), requested };
  return { status: "reserve", reason: { key: "ranking.reason.reserve.left", params } };
}
