/** The year after the contracts: payments, reports, release of tranches, lines, co-financing delivered. */
export { computeExecution, executionTerms, isClosed, type ExecutionTerms } from "./compute";
export { checkExecution } from "./rules";
export { DEFAULT_REALLOCATION_PCT, DEFAULT_RELEASE_THRESHOLD_PCT } from "./ledger";
