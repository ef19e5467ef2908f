import { config } from 'zod';

/**
 * Turns off zod's JIT before any schema is built. zod 4 probes `Function('')` when an object schema is constructed
 * to see whether it may compile fast parsers; under the API's Content-Security-Policy (`default-src 'self'`, no
 * 'unsafe-eval') the probe is reported as a CSP violation on every page, even though zod swallows the error.
 * `jitless` (zod 4 `z.config`, https://zod.dev/packages/core) skips the probe. Imported first by main.tsx, so it
 * runs before @plandiff/model's schemas are evaluated.
 */
config({ jitless: true });
