import { z } from 'zod';
import { Modifier } from './target.js';

/**
 * Comparison JSON schema version. 2: `Link.evidence` is a list of {@link Evidence} values (a code and its numbers and
 * ids, rendered by whoever shows them) instead of English sentences, and every part of a target change that names an
 * old and a new value is a `{ from, to }` pair instead of an "old→new" string. Plans stay at schemaVersion 1.
 */
export const COMPARISON_SCHEMA_VERSION = 2 as const;

/** A side of a comparison: `from` (the earlier plan, left) or `to` (the later plan, right). Mirrored by swapping. */
export const Side = z.enum(['from', 'to']);
export type Side = z.infer<typeof Side>;

/** Two section paths as the plans print them ("三 （二）"; '' for a task above every heading). */
const Paths = { from: z.string(), to: z.string() };
const Similarity = z.number().min(0).max(1);

/**
 * Why the aligner linked two tasks, or left one alone: a code with its numbers, words and task ids as values (in the
 * manner of vfile-message: data, rendered by the CLI's formatter or the viewer's catalogue). Similarities are 0..1,
 * coverage a share 0..1. Values that name a side (`from`/`to`, `whole`, `missing`, `excerpt`) are mirrored by a swap.
 */
export const Evidence = z.discriminatedUnion('code', [
  z.object({ code: z.literal('pinned'), values: z.object({ note: z.string().optional() }) }),
  z.object({ code: z.literal('shared_terms'), values: z.object({ terms: z.array(z.string()) }) }),
  z.object({ code: z.literal('shared_metrics'), values: z.object({ metrics: z.array(z.string()) }) }),
  z.object({ code: z.literal('same_lead_unit'), values: z.object({ units: z.array(z.string()) }) }),
  z.object({ code: z.literal('similar_lead_sentence'), values: z.object({ similarity: Similarity }) }),
  z.object({ code: z.literal('similar_section_title'), values: z.object({ similarity: Similarity }) }),
  z.object({
    code: z.literal('text_similarity'),
    values: z.object({
      similarity: Similarity, whole: Similarity, lead: Similarity, overlap: Similarity,
      printed: z.boolean().optional().describe('read with the run-in headings (the opening paragraphs as printed)'),
    }),
  }),
  z.object({ code: z.literal('corresponding_sections'), values: z.object({ ...Paths, samePlace: z.boolean() }) }),
  z.object({ code: z.literal('opening_paragraphs'), values: z.object(Paths) }),
  z.object({ code: z.literal('moved'), values: z.object(Paths) }),
  z.object({
    code: z.literal('taken_up'),
    values: z.object({
      whole: Side.describe('the side of the one task (from: a split, to: a merge)'),
      coverage: Similarity,
      gap: z.boolean().optional().describe('consecutive paragraphs of the corresponding section nothing else took'),
    }),
    taskIds: z.object({ whole: z.string(), parts: z.array(z.string()) }),
  }),
  z.object({
    code: z.literal('between_parts'),
    values: z.object({ whole: Side, coverage: Similarity }),
    taskIds: z.object({ whole: z.string(), parts: z.array(z.string()) }),
  }),
  z.object({ code: z.literal('no_counterpart'), values: z.object({ missing: Side.describe('the plan that has no counterpart') }) }),
  z.object({
    code: z.literal('too_unlike'),
    values: z.object({ missing: Side, score: Similarity, similarity: Similarity }),
    taskIds: z.object({ nearest: z.string() }),
  }),
  z.object({ code: z.literal('excerpt_boundary'), values: z.object({ excerpt: Side.describe('the plan that is an excerpt') }) }),
  z.object({ code: z.literal('linked_share'), values: z.object({ share: Similarity }) }),
  z.object({ code: z.literal('title_similarity'), values: z.object({ similarity: Similarity }) }),
]);
export type Evidence = z.infer<typeof Evidence>;
export type EvidenceCode = Evidence['code'];
/** Every evidence code, for catalogues that must cover them all. */
export const EVIDENCE_CODES = Evidence.options.map((o) => o.shape.code.value) as EvidenceCode[];

/** An old and a new value of one part of a target (mirrored by swapping). `null`: the side does not say. */
const FromTo = <T extends z.ZodType>(t: T) => z.object({ from: t.nullable(), to: t.nullable() });

/**
 * What changed between two targets of one metric, part by part; present parts say what changed. `value`: the figure
 * raised | lowered | same, or unknown (damaged, missing or in other units); the figures themselves are the targets'.
 */
export const TargetChangeParts = z.object({
  value: z.enum(['raised', 'lowered', 'same', 'unknown']).optional(),
  modifier: FromTo(Modifier).optional(),
  range: FromTo(z.string()).optional().describe('the range as written, e.g. 6–6.5%'),
  unit: FromTo(z.string()).optional(),
  deadline: FromTo(z.string()).optional(),
  direction: FromTo(z.string()).optional(),
  aspirational: FromTo(z.boolean()).optional(),
  damaged: z.enum(['from', 'to', 'both']).optional(),
  wording: z.literal('changed').optional().describe('two qualitative targets whose wording differs'),
});
export type TargetChangeParts = z.infer<typeof TargetChangeParts>;
