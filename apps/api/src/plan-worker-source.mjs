// Worker entry when the API runs from its TypeScript source (tsx, vitest): registers tsx's ESM hooks in this
// worker thread, then loads plan-worker.ts. A compiled build loads plan-worker.js directly instead.
import { register } from 'tsx/esm/api';

register();
const { default: runPlanJob } = await import('./plan-worker.ts');
export default runPlanJob;
