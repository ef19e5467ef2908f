import { z } from 'zod';
import { Plan } from './plan.js';
import { Comparison } from './comparison.js';
import { CrossSection, Timeline } from './timeline.js';
import { Collection } from './series.js';
import { Target } from './target.js';
import { Result } from './result.js';
import { CollectionOutcomes, Outcomes } from './outcome.js';

/**
 * JSON Schema (draft 2020-12, via zod's own `z.toJSONSchema`) of each contract type.
 * Output: `{ Plan, Target, Comparison, Timeline, Collection, CrossSection, Result, Outcomes, CollectionOutcomes }`, each a plain JSON object.
 */
export function contractJsonSchemas(): Record<string, unknown> {
  return {
    Plan: z.toJSONSchema(Plan),
    Target: z.toJSONSchema(Target),
    Comparison: z.toJSONSchema(Comparison),
    Timeline: z.toJSONSchema(Timeline),
    Collection: z.toJSONSchema(Collection),
    CrossSection: z.toJSONSchema(CrossSection),
    Result: z.toJSONSchema(Result),
    Outcomes: z.toJSONSchema(Outcomes),
    CollectionOutcomes: z.toJSONSchema(CollectionOutcomes),
  };
}
