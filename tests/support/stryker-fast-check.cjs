// Mutation runs only (stryker.config.mjs maps "fast-check" here): property tests keep their properties
// but run at most 10 cases per mutant (GSZ_MUTATION_RUNS), so a mutation run takes tens of minutes rather than hours.
// `npm test` is not affected.
const path = require("node:path");
const real = require(
  path.join(__dirname, "..", "..", "node_modules", "fast-check", "lib", "cjs", "fast-check.js"),
);
const CAP = Number(process.env.GSZ_MUTATION_RUNS ?? 10);
const assert = (property, params) =>
  real.assert(property, { ...(params ?? {}), numRuns: Math.min(params?.numRuns ?? 100, CAP) });
const api = { ...real, assert };
module.exports = { ...api, default: api, __esModule: true };
