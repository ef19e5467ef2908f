import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { mainFields: ['module', 'main'] },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report/results.json' },
    testTimeout: 30000,
    // The in-process API (@plandiff/api) extends zod with `.openapi()`; loading @hono/zod-openapi through vite
    // keeps one zod instance between it and @plandiff/model.
    server: { deps: { inline: [/zod-openapi/, /zod-to-openapi/] } },
  },
});
