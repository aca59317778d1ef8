/** Scoring: the commission's scores aggregated per application and criterion. */
export { scoreApplications, type Scoring } from "./score-applications";
export type { ApplicationScore, CriterionScore } from "./application-score";
export { aggregateScores, extremes, TRIM_FROM, type Extremes } from "./aggregate";
export {
  commonNumerators,
  compareFractions,
  fractionAtLeast,
  fractionValue,
  weightedSum,
  type Fraction,
} from "./fraction";
