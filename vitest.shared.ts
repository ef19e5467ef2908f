// Test options every workspace package shares: tests in test/, a JSON report that scripts/test-summary.mjs
// adds up into the "N passed, N failed" line CI reads.
import type { ViteUserConfig } from 'vitest/config';

export const packageTest: NonNullable<ViteUserConfig['test']> = {
  include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  reporters: ['default', 'json'],
  outputFile: { json: '.vitest-report/results.json' },
  testTimeout: 30000,
};
