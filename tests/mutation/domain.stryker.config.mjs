// @ts-check
/**
 * `npm run mutate`, part 2: src/server/domain against its integration tests. One worker: the tests
 * share one PostgreSQL (started by scripts/mutate.ts). @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "tests/mutation/vitest.domain.config.ts", related: false },
  mutate: ["src/server/domain/**/*.ts"],
  coverageAnalysis: "perTest",
  concurrency: 1,
  timeoutMS: 60000,
  reporters: ["json", "progress"],
  jsonReporter: { fileName: "reports/mutation/domain.json" },
  ignorePatterns: [".data", ".next", ".next-*", "reports", "test-results", "playwright-report", ".stryker-tmp"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
