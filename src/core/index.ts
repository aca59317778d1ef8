/**
 * The domain core of GSZ Finance: plain data in, plain data out. No Office.js, no DOM, no Node APIs.
 */
export * from "./model";
export * from "./money";
export * from "./dates";
export * from "./cofinancing";
export * from "./tranches";
export * from "./scoring";
export * from "./ranking";
export { isEligibleOrganizationType } from "./eligibility";
export { analyze } from "./analyze";
export { checkRules, type Computed } from "./rules";
