import { defineConfig } from 'vitest/config';
import { sourceResolve } from '../../vitest.shared.js';

export default defineConfig({
  // The in-process API (@plandiff/api) extends zod with `.openapi()`: @asteasolutions/zod-to-openapi must load as
  // ESM (its `module` entry) through vite so that it shares one zod instance with @plandiff/model; its CommonJS
  // `main` would bring a second zod whose schemas lack `.openapi()`.
  resolve: { ...sourceResolve.resolve, mainFields: ['module', 'main'] },
  ssr: sourceResolve.ssr,
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report/results.json' },
    testTimeout: 30000,
    server: { deps: { inline: [/zod-openapi/, /zod-to-openapi/] } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          hookTimeout: 120000,
          testTimeout: 60000,
          // one retry: under CI's full parallel run (every package's tests on 2 cores) the shared API server can be
          // busy computing stored comparisons on its event loop for > 30 s, and a page's first load times out; a
          // failure that repeats is still a failure
          retry: 1,
        },
      },
    ],
  },
});
