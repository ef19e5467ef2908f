import { z } from 'zod';
import { Target } from './target.js';
import { COMPARISON_SCHEMA_VERSION, Evidence, Side, TargetChangeParts } from './evidence.js';

export const LinkKind = z.enum(['unchanged', 'changed', 'moved', 'added', 'dropped', 'split', 'merged', 'outside_excerpt']);
export type LinkKind = z.infer<typeof LinkKind>;

/** One token-level diff operation (tokens joined back into text). */
export const DiffOp = z.object({
  op: z.enum(['equal', 'delete', 'insert']),
  text: z.string(),
  inferred: z.string().optional().describe('in an equal op one side prints damaged (□, text): the other side\'s characters there, so that side is inferred from the other year, never used for a figure'),
  lost: Side.optional().describe('with inferred: the side that lost the characters'),
  moved: z.boolean().optional().describe('a delete and an insert of the same words inside one sentence: the words moved within it, not an edit'),
  beyondExcerpt: Side.optional().describe('text of one side past the point where the other side, an excerpt, was cut off: neither added nor dropped (the value names the excerpt)'),
});
export type DiffOp = z.infer<typeof DiffOp>;

/**
 * added | dropped | changed | unchanged; outside_excerpt: a target on one side whose counterpart the other side's
 * excerpt cannot show (its task lies beyond the excerpt, or in the excerpt's last, cut-off task): neither added nor
 * dropped, since the full notice may have it.
 */
export const TargetChangeKind = z.enum(['added', 'dropped', 'changed', 'unchanged', 'outside_excerpt']);
export type TargetChangeKind = z.infer<typeof TargetChangeKind>;

/** What changed between two targets of the same metric. */
export const TargetChange = z.object({
  kind: TargetChangeKind,
  metric: z.string(),
  from: Target.nullable(),
  to: Target.nullable(),
  change: TargetChangeParts.describe('present parts say what changed'),
});
export type TargetChange = z.infer<typeof TargetChange>;

/** Sentences of a changed link aligned first, then words diffed inside aligned sentences. */
export const SentencePair = z.object({
  op: z.enum(['equal', 'changed', 'insert', 'delete']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  diff: z.array(DiffOp).optional(),
});
export type SentencePair = z.infer<typeof SentencePair>;

/** A near miss: a counterpart considered but below the calibrated threshold. */
export const LinkCandidate = z.object({ id: z.string(), score: z.number().min(0).max(1) });
export type LinkCandidate = z.infer<typeof LinkCandidate>;

/** A section whose rank among its siblings changed (a change of priorities). Ranks are 1-based. */
export const SectionMove = z.object({
  from: z.string().describe('section id in the from plan'),
  to: z.string().describe('section id in the to plan'),
  title: z.string(),
  rankFrom: z.number().int(),
  rankTo: z.number().int(),
});
export type SectionMove = z.infer<typeof SectionMove>;

export const Link = z.object({
  kind: LinkKind,
  from: z.array(z.string()).describe('task ids in the from plan'),
  to: z.array(z.string()).describe('task ids in the to plan'),
  score: z.number().min(0).max(1),
  evidence: z.array(Evidence),
  diff: z.array(DiffOp),
  targetChanges: z.array(TargetChange),
  assignmentChanges: z.object({ leadAdded: z.array(z.string()), leadRemoved: z.array(z.string()) }),
  pinned: z.boolean(),
  role: z.enum(['plan', 'review', 'appendix', 'glossary', 'preamble']).optional().describe('review links are counted apart'),
  candidates: z.array(LinkCandidate).optional(),
  sentences: z.array(SentencePair).optional(),
});
export type Link = z.infer<typeof Link>;

const Counts = {
  added: z.number().int(),
  dropped: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
};

export const PlanRef = z.object({ id: z.string(), year: z.number().int().nullable() });

/** Comparison JSON (contract, schemaVersion 2, DESIGN.md; evidence.ts says what 2 changed). */
export const Comparison = z.object({
  schemaVersion: z.literal(COMPARISON_SCHEMA_VERSION),
  from: PlanRef,
  to: PlanRef,
  summary: z.object({
    ...Counts,
    moved: z.number().int(),
    split: z.number().int(),
    merged: z.number().int(),
    outside_excerpt: z.number().int().optional(),
    targets: z.object({ ...Counts, outside_excerpt: z.number().int().optional() }),
    review: z
      .object({ ...Counts, moved: z.number().int(), split: z.number().int().optional(), merged: z.number().int().optional() })
      .optional()
      .describe('links between review-role tasks, counted apart from the plan counts'),
  }),
  links: z.array(Link),
  targets: z.array(TargetChange),
  sectionMoves: z.array(SectionMove).optional(),
});
export type Comparison = z.infer<typeof Comparison>;
