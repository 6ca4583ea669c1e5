// @ts-check
/** `npm run mutate`, part 1: src/lib against the unit tests. @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "tests/mutation/vitest.lib.config.ts", related: false },
  mutate: ["src/lib/**/*.ts"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  reporters: ["json", "progress"],
  jsonReporter: { fileName: "reports/mutation/lib.json" },
  ignorePatterns: [".data", ".next", ".next-*", "reports", "test-results", "playwright-report", ".stryker-tmp"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
