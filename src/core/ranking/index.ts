/** Ranking: places by total and the recommendation within each direction. */
export { rankAndRecommend, passes, type Ranking } from "./rank-and-recommend";
export { assignPlaces } from "./places";
export { recommendInDirection, compareIds, type Candidate, type DirectionOutcome } from "./recommend";
export { totalDecimals, shownTotal } from "./shown-total";
