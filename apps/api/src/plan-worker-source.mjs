// Worker entry when the API runs from its TypeScript source (tsx, vitest): resolves @plandiff/* packages to their
// sources (the "@plandiff/source" export condition, as the tests and tsx scripts do; without it a worker would load
// a stale or missing dist/), registers tsx's ESM hooks in this worker thread, then loads plan-worker.ts.
// A compiled build loads plan-worker.js directly instead.
import { register as registerHook } from 'node:module';
import { register } from 'tsx/esm/api';

registerHook(
  'data:text/javascript,export async function resolve(s,c,n){return n(s,{...c,conditions:[...c.conditions,"@plandiff/source"]})}',
);
register();
const { default: runPlanJob } = await import('./plan-worker.ts');
export default runPlanJob;
