import { extendZodWithOpenApi, type z } from '@hono/zod-openapi';
import { z as modelZod } from 'zod';
import { CollectionOutcomes, CollectionSummary, Comparison, CrossSection, Outcomes, Plan, Section, SeriesSummary, Timeline } from '@plandiff/model';

extendZodWithOpenApi(modelZod);
type OpenApiMethod = (this: z.ZodType, refId: string) => z.ZodType;
const openapi = (modelZod.ZodType.prototype as unknown as { openapi: OpenApiMethod }).openapi;

/**
 * A contract schema of @plandiff/model named as an OpenAPI component (`#/components/schemas/<refId>`).
 * The model builds its schemas with plain `zod`, and zod 4 copies prototype methods onto each schema when it is
 * made, so a model schema made before @hono/zod-openapi extended zod has no `.openapi()` of its own; the method is
 * therefore taken from the (extended) prototype. Output: the same schema carrying the component name; for the lazy
 * (recursive) Section the name is also set on the original, which is what lets its `children` be a `$ref`.
 */
function named<T extends z.ZodType>(schema: T, refId: string): T {
  return openapi.call(schema, refId) as T;
}

named(Section as z.ZodType, 'Section');
export const PlanSchema = named(Plan, 'Plan');
export const ComparisonSchema = named(Comparison, 'Comparison');
export const TimelineSchema = named(Timeline, 'Timeline');
export const SeriesSummarySchema = named(SeriesSummary, 'SeriesSummary');
export const CollectionSummarySchema = named(CollectionSummary, 'CollectionSummary');
export const CrossSectionSchema = named(CrossSection, 'CrossSection');
export const OutcomesSchema = named(Outcomes, 'Outcomes');
export const CollectionOutcomesSchema = named(CollectionOutcomes, 'CollectionOutcomes');
