import { z } from '@hono/zod-openapi';
import { Coverage } from '@plandiff/model';
import type { ParseOptions } from '@plandiff/parse';
import type { StoredAnswers } from './stored-answers.js';
import type { Upload } from './body.js';
import type { ComparisonSide, NoticeCache, PlanSide } from './notice-cache.js';

/** `series/year` of a stored notice, e.g. `gov-work-report/2025`. */
export const StoredPlanRef = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}\/\d{4}$/, 'a stored plan is named series/year, e.g. gov-work-report/2025')
  .openapi({ example: 'gov-work-report/2025' });

/** Optional coverage of an uploaded notice: `full` (default) or `excerpt` (only part of the plan was published). */
export const CoverageInput = Coverage.optional().openapi({ example: 'excerpt' });

/** One side of a parse or comparison: an uploaded notice or a stored `series/year`. */
export type NoticeSource =
  | { kind: 'upload'; upload: Upload; coverage: Coverage | undefined }
  | { kind: 'stored'; series: string; year: number };

/**
 * Parse options for an uploaded notice: the coverage the client gave, and the file name and media type it sent
 * (hints for HTML vs text and the charset). Series and year stay unknown: the parser reads the year from the title.
 */
export function uploadParseOptions(upload: Upload, coverage: Coverage | undefined): ParseOptions {
  return {
    ...(coverage === undefined ? {} : { coverage }),
    fileName: upload.fileName,
    mediaType: upload.mediaType,
  };
}

/** Splits a validated `series/year` reference into its parts. */
export function storedRef(ref: string): { series: string; year: number } {
  const [series, year] = ref.split('/');
  return { series, year: Number(year) };
}

/**
 * The Plan of one side: an upload is parsed in the worker pool through the bounded notice cache (by content
 * hash, never stored; answered as prepared JSON); a stored notice is its stored answer (read in the worker pool).
 * Throws (rejects) PlanParseError (415/422/413), CorpusNotFoundError (404), CorpusPlanOverBoundsError (422),
 * ProblemError 422/503 of the pool.
 */
export async function planOf(source: NoticeSource, stored: StoredAnswers, notices: NoticeCache, signal?: AbortSignal): Promise<PlanSide> {
  if (source.kind === 'stored') return stored.answer({ kind: 'plan', series: source.series, year: source.year });
  return notices.plan(source.upload.bytes, uploadParseOptions(source.upload, source.coverage), signal);
}

/**
 * One side of a comparison as the notice cache takes it: a stored notice is its stored Plan answer (prepared JSON,
 * the same object while cached); an upload is its bytes and parse options (parsed in the comparison's worker job
 * unless already cached). Rejects with CorpusNotFoundError (404) for an unknown stored notice, as {@link planOf}.
 */
export async function comparisonSide(source: NoticeSource, stored: StoredAnswers): Promise<ComparisonSide> {
  if (source.kind === 'stored') return { plan: await stored.answer({ kind: 'plan', series: source.series, year: source.year }) };
  return { notice: source.upload.bytes, options: uploadParseOptions(source.upload, source.coverage) };
}
