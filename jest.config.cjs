/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  // office-addin-mock requires office-addin-manifest, whose ESM-only dependencies jest cannot load:
  // the mock only uses its OfficeApp enum (see tests/support/office-addin-manifest-stub.cjs).
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/support/office-addin-manifest-stub.cjs",
  },
  reporters: ["default", "<rootDir>/tests/support/summary-reporter.cjs"],
  testTimeout: 120000,
};
