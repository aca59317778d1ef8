/** Why each ranking row has its status, as message keys and params (src/i18n/catalogs/ranking-reasons.ts). */
import type Decimal from "decimal.js";
import { isEligibleOrganizationType } from "../eligibility";
import type { Application, Direction, RankingReason } from "../model";
import { fractionAtLeast, type ApplicationScore } from "../scoring";

const money = (value: Decimal): string => value.toFixed(2);

/** Why an application may not be funded at all; undefined when it may. */
export function ineligibleReason(
  application: Application,
  direction: Direction | undefined,
): RankingReason | undefined {
  if (!isEligibleOrganizationType(application.organizationType)) {
    return {
      key: "ranking.reason.ineligible.type",
      params: { type: application.organizationType },
    };
  }
  if (!direction) {
    return { key: "ranking.reason.ineligible.direction", params: { direction: application.direction } };
  }
  if (
    direction.maxPerProject !== undefined &&
    application.sources.grant.greaterThan(direction.maxPerProject)
  ) {
    return {
      key: "ranking.reason.ineligible.cap",
      params: { requested: money(application.sources.grant), max: money(direction.maxPerProject) },
    };
  }
  return undefined;
}

/**
 * Why a scored application does not pass (call it only for one that does not: see `passes`). Quorum
 * first, then the pass score, else the criteria below their min score. `total` is the total as the
 * ranking shows it.
 */
export function belowPassReason(
  score: ApplicationScore,
  passScore: Decimal | undefined,
  quorum: number | undefined,
  total: string,
): RankingReason {
  if (!score.quorumMet) {
    return {
      key: "ranking.reason.below-pass.quorum",
      params: { scorers: score.scorers, quorum: quorum ?? 0 },
    };
  }
  if (passScore !== undefined && !fractionAtLeast(score.exactTotal, passScore)) {
    return { key: "ranking.reason.below-pass.score", params: { total, pass: passScore.toString() } };
  }
  return { key: "ranking.reason.below-pass.min", params: { criteria: score.belowMin.join(", ") } };
}

export const NOT_SCORED: RankingReason = { key: "ranking.reason.not-scored", params: {} };
