import { z } from 'zod';
import { BlockOrigin, PlanSource } from './source.js';
import { Span, Warning } from './span.js';
import { Target } from './target.js';
import { DocumentKind, Result } from './result.js';

export const SCHEMA_VERSION = 1 as const;

export const Coverage = z.enum(['full', 'excerpt']);
export type Coverage = z.infer<typeof Coverage>;

/**
 * plan (this year's work) | review (工作回顾: figures are results, not targets) | preamble
 * | appendix (附件N: 民生实事 lists …, numbering restarts) | glossary (名词解释: no targets).
 */
export const SectionRole = z.enum(['plan', 'review', 'preamble', 'appendix', 'glossary']);
export type SectionRole = z.infer<typeof SectionRole>;

/** One heading of the outline (一、 / （一） / 1. / （1） / ①) with its nested sections. */
export interface Section {
  id: string;
  label: string;
  title: string;
  level: number;
  path: string[];
  span: Span;
  role: SectionRole;
  inferred: boolean;
  children: Section[];
  /** where the heading is in the original file (PDF page, Word paragraph, sheet row); absent for HTML/text */
  origin?: BlockOrigin;
}
export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string().describe('e.g. s2.3'),
    label: z.string().describe('the heading label as written, e.g. （三）'),
    title: z.string(),
    level: z.number().int().positive(),
    path: z.array(z.string()),
    span: Span,
    role: SectionRole,
    inferred: z.boolean().describe('true when the label was lost to damage and inferred from order'),
    children: z.array(Section),
    origin: BlockOrigin.optional().describe('where the heading is in the original file: { page } | { paragraph } | { sheet, row }'),
  }),
);

/** One 牵头单位 / 责任单位 / 配合单位 block of a task. */
export const Assignment = z.object({
  lead: z.array(z.string()).describe('牵头单位'),
  responsible: z.array(z.string()).describe('责任单位'),
  partners: z.array(z.string()).describe('会同 / 配合单位'),
  span: Span,
});
export type Assignment = z.infer<typeof Assignment>;

export const Task = z.object({
  id: z.string().describe('stable within one plan, e.g. t2.3.7'),
  sectionId: z.string(),
  path: z.array(z.string()),
  number: z.string().nullable().describe('the item number as written, null for a paragraph task'),
  title: z.string().describe('the lead sentence'),
  text: z.string(),
  span: Span,
  assignments: z.array(Assignment),
  targets: z.array(Target),
  origin: BlockOrigin.optional().describe('where the task begins in the original file: { page } | { paragraph } | { sheet, row }'),
});
export type Task = z.infer<typeof Task>;

export const Damage = z.object({
  span: Span,
  kind: z.enum(['repaired', 'lost']),
  original: z.string().describe('the damaged characters as found in the source'),
  repairedTo: z.string().nullable().optional(),
});
export type Damage = z.infer<typeof Damage>;

export const PlanMeta = z.object({
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  encoding: z.string(),
  coverage: Coverage,
  source: PlanSource.optional().describe('the format the notice was read from (absent in plans parsed before ingest existed)'),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

/**
 * The plan's overall verdict: `ok`; `doubtful` (readable, but some figures or structure cannot be trusted, e.g.
 * NO_OUTLINE in a long document, YEAR_MISMATCH, DOUBLE_DECODED, MOSTLY_DAMAGED, TOO_FEW_TASKS); `unusable`
 * (nothing trustworthy can be shown). `plandiff add` refuses doubtful and unusable notices unless `--force`.
 */
export const QualityVerdict = z.enum(['ok', 'doubtful', 'unusable']);
export type QualityVerdict = z.infer<typeof QualityVerdict>;

export const PlanQuality = z.object({
  verdict: QualityVerdict,
  reasons: z.array(z.string()).describe('warning codes that led to the verdict, e.g. NO_OUTLINE'),
});
export type PlanQuality = z.infer<typeof PlanQuality>;

/** Plan JSON (contract, schemaVersion 1, DESIGN.md). */
export const Plan = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().describe('series/year when known'),
  series: z.string().nullable(),
  year: z.number().int().nullable(),
  meta: PlanMeta,
  text: z.string().describe('normalised plan text that every span points into'),
  sections: z.array(Section),
  tasks: z.array(Task),
  targets: z.array(Target),
  damage: z.array(Damage),
  warnings: z.array(Warning),
  quality: PlanQuality.optional().describe('absent only in plans parsed before the verdict existed'),
  kind: DocumentKind.optional().describe('plan | results | mixed | notice; absent in plans parsed before it existed'),
  results: z.array(Result).optional().describe('values stated for a past period: never targets'),
});
export type Plan = z.infer<typeof Plan>;
