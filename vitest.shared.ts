// Test options every workspace package shares: tests in test/, a JSON report that scripts/test-summary.mjs
// adds up into the "N passed, N failed" line CI reads.
import { defaultClientConditions, defaultServerConditions } from 'vite';
import type { ViteUserConfig } from 'vitest/config';

/**
 * The export condition under which every @plandiff package points at its TypeScript source (src/index.ts) instead
 * of its built dist/: tests, typecheck (tsconfig customConditions) and the dev server run the current source
 * without a prior `pnpm build`; plain Node and other projects never ask for it and get dist/.
 */
export const SOURCE_CONDITION = '@plandiff/source';

/** Vite resolve options that prefer {@link SOURCE_CONDITION}, for browser-like and Node-like (ssr) modules. */
export const sourceResolve: Pick<ViteUserConfig, 'resolve' | 'ssr'> = {
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
};

export const packageTest: NonNullable<ViteUserConfig['test']> = {
  include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  reporters: ['default', 'json'],
  outputFile: { json: '.vitest-report/results.json' },
  testTimeout: 30000,
  // Node processes a test starts (e.g. the API server in the shutdown test) resolve @plandiff packages to source too.
  env: { NODE_OPTIONS: [process.env.NODE_OPTIONS, `--conditions=${SOURCE_CONDITION}`].filter(Boolean).join(' ') },
};
