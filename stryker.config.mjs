import { fileURLToPath } from "node:url";

// Mutation testing of the domain core (issue: tests that can fail). `npm run mutate`; the score and the
// survivors are in reports/mutation/ and the README. Only tests/core runs: the core is plain data in,
// plain data out, and its own tests must catch a change to it.
//
// GSZ_MUTATE=<part> runs one part of the core (see PARTS) with its own report and incremental file, so a
// 2-core machine can measure the core part by part; `npm run mutate:score` adds the parts up.
const PARTS = {
  money: ["src/core/money/**/*.ts", "src/core/cofinancing/**/*.ts", "src/core/tranches/**/*.ts"],
  scoring: ["src/core/scoring/**/*.ts", "src/core/ranking/**/*.ts"],
  rules: ["src/core/rules/**/*.ts"],
  execution: ["src/core/execution/**/*.ts"],
  rest: ["src/core/dates/**/*.ts", "src/core/model/**/*.ts", "src/core/*.ts"],
};
const part = process.env.GSZ_MUTATE;
if (part !== undefined && !(part in PARTS)) {
  throw new Error(`GSZ_MUTATE must be one of ${Object.keys(PARTS).join(", ")}, not "${part}"`);
}
const out = part ? `reports/mutation/${part}` : "reports/mutation";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "jest",
  mutate: [...(part ? PARTS[part] : ["src/core/**/*.ts"]), "!src/core/**/index.ts"],
  jest: {
    projectType: "custom",
    config: {
      testEnvironment: "node",
      moduleNameMapper: { "^fast-check$": "<rootDir>/tests/support/stryker-fast-check.cjs" },
      roots: ["<rootDir>/tests/core"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "locale\\.test\\.ts$"],
      transform: {
        "^.+\\.(t|j)sx?$": [
          "@swc/jest",
          { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
        ],
      },
    },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: "perTest",
  // Hands jest only the test files that hold a mutant's covering tests (the same results, faster).
  testRunnerNodeArgs: [
    "--require",
    fileURLToPath(new URL("./tests/support/stryker-jest-files.cjs", import.meta.url)),
  ],
  concurrency: 2,
  timeoutMS: 3000,
  reporters: ["clear-text", "progress", "json", "html"],
  clearTextReporter: { reportTests: false, reportMutants: true, reportScoreTable: true },
  jsonReporter: { fileName: `${out}/mutation.json` },
  htmlReporter: { fileName: `${out}/mutation.html` },
  tempDirName: `.tmp/stryker${part ? `-${part}` : ""}`,
  ignorePatterns: ["dist", ".tmp", "reports", "artifacts", "coverage"],
  cleanTempDir: "always",
  incremental: true,
  incrementalFile: `${out}/incremental.json`,
  // Static mutants (module-level constants) need every test re-run in a fresh module: skipped.
  ignoreStatic: true,
};
