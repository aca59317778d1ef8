/** Co-financing: who pays what share of a project's total cost. */
export { cofinancingFigures, addSources, sharesOfTotal } from "./figures";
export { computeCofinancing } from "./compute";
