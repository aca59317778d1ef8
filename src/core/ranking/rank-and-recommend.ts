import Decimal from "decimal.js";
import { isEligibleOrganizationType } from "../eligibility";
import type { Application, Direction, Finding, FundingStatus, GszInput, RankingEntry } from "../model";
import { ZERO } from "../money";
import { fractionAtLeast, type ApplicationScore } from "../scoring";
import { assignPlaces } from "./places";
import { compareIds, recommendInDirection, type Candidate } from "./recommend";

export interface Ranking {
  readonly ranking: RankingEntry[];
  readonly findings: Finding[];
}

/**
 * Whether an application may be funded at all: its organization type may be a contractor, its
 * direction is one of the program's, and its grant is within the direction's max per project.
 */
export function isEligible(application: Application, input: GszInput): boolean {
  return eligibleIn(application, new Map(input.program.directions.map((d) => [d.code, d] as const)));
}

function eligibleIn(application: Application, directions: ReadonlyMap<string, Direction>): boolean {
  const direction = directions.get(application.direction);
  if (!direction || !isEligibleOrganizationType(application.organizationType)) return false;
  return (
    direction.maxPerProject === undefined ||
    application.sources.grant.lessThanOrEqualTo(direction.maxPerProject)
  );
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
 *   an application nobody scored has no place and is below-pass.
 * - Recommendation is within each direction in order of place (see recommendInDirection).
 * - Status: `ineligible` (type, unknown direction, over the max per project) before `below-pass`
 *   (pass score, min scores, quorum), then `funded` or `reserve`. Recommended is the grant or 0.
 * - `tie-at-funding-line` (error) at the № cell of each tied application whose tie straddles the
 *   funding line: the commission decides.
 *
 * Entries are ordered by place, then by application number; unplaced ones last.
 */
export function rankAndRecommend(input: GszInput, scores: readonly ApplicationScore[]): Ranking {
  const scoreById = new Map(scores.map((s) => [s.application, s] as const));
  const places = assignPlaces(
    scores.filter((s) => s.scored).map((s) => ({ key: s.application, total: s.exactTotal })),
  );

  const directions = new Map<string, Direction>();
  for (const direction of input.program.directions)
    if (!directions.has(direction.code)) directions.set(direction.code, direction);
  const eligible = new Set<string>();
  const passing = new Set<string>();
  const candidatesByDirection = new Map<string, Candidate[]>();
  for (const application of input.applications) {
    const score = scoreById.get(application.id);
    if (eligibleIn(application, directions)) eligible.add(application.id);
    if (passes(score, input.program.passScore)) passing.add(application.id);
    if (!score || !eligible.has(application.id) || !passing.has(application.id)) continue;
    const list = candidatesByDirection.get(application.direction) ?? [];
    list.push({ application, total: score.exactTotal });
    candidatesByDirection.set(application.direction, list);
  }

  const funded = new Set<string>();
  const findings: Finding[] = [];
  for (const direction of input.program.directions) {
    const candidates = candidatesByDirection.get(direction.code);
    if (!candidates) continue;
    candidatesByDirection.delete(direction.code); // a direction code listed twice is funded once
    const outcome = recommendInDirection(candidates, direction.allocated, input.program.tieBreak);
    for (const id of outcome.funded) funded.add(id);
    for (const tie of outcome.straddling) {
      const total = scoreById.get(tie.application.id)?.total.toString() ?? "";
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

  const entries = input.applications.map((application): RankingEntry => {
    const score = scoreById.get(application.id);
    const status: FundingStatus = !eligible.has(application.id)
      ? "ineligible"
      : !passing.has(application.id)
        ? "below-pass"
        : funded.has(application.id)
          ? "funded"
          : "reserve";
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
