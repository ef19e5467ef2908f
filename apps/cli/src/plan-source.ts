import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plan } from '@plandiff/model';
import { IngestError, PlanParseError, parseNotice } from '@plandiff/parse';
import { Corpus, checkYear, parsePlanRef } from '@plandiff/corpus';
import { UsageError } from './exit-codes.js';

/** What the command line may say about a notice file besides its path. */
export interface FileOptions {
  coverage?: 'full' | 'excerpt';
  /** the plan year as typed (`--year 2024`); when absent the parser reads it from the notice */
  year?: string;
  /** the notice's encoding as the user knows it (`--encoding gbk`): wins over `<meta>` and detection */
  encoding?: string;
  /** the final address the notice was fetched from (`plandiff parse <url>`): recorded as meta.source.retrievedFrom */
  retrievedFrom?: string | null;
}

/**
 * Resolves a CLI plan argument: a path to a notice file (parsed now, any format and encoding: HTML, text, PDF,
 * Word, WPS, spreadsheets, ZIP — the format sniffed from its bytes) or a stored
 * `series/year` (from fixtures/, cached). A file wins when both readings exist.
 * `--coverage` and `--year` describe a file; given with a stored plan (which has both in its
 * meta.json) they are refused rather than silently ignored.
 * Throws UsageError when the argument is neither or the options do not fit it, CorpusUsageError for a
 * malformed year, IngestError for a file that cannot be read at all, and the parser's PlanParseError — its message prefixed with the file name, so that
 * `compare a b` says which of the two is unusable — when the file is unusable.
 */
export async function loadPlanArgument(ref: string, corpus: Corpus, options: FileOptions = {}): Promise<Plan> {
  if (existsSync(ref) && statSync(ref).isFile()) {
    const year = options.year === undefined ? undefined : checkYear(options.year);
    const bytes = new Uint8Array(readFileSync(ref));
    return parseNoticeFile(ref, () => parseNotice(bytes, { name: basename(ref), coverage: options.coverage, year, charset: options.encoding ?? null, retrievedFrom: options.retrievedFrom ?? null }));
  }
  const stored = parsePlanRef(ref);
  if (stored) {
    const given = [options.coverage !== undefined && '--coverage', options.year !== undefined && '--year', options.encoding !== undefined && '--encoding'].filter(Boolean);
    if (given.length > 0) throw new UsageError(`${given.join(' and ')} describe a notice file; ${ref} is stored with its own (see its meta.json)`);
    return corpus.plan(stored.series, stored.year);
  }
  throw new UsageError(`${ref} is neither a file nor a stored series/year (e.g. gov-work-report/2025)`);
}

/**
 * Runs `parse` on the notice at `path`; a PlanParseError or IngestError (the file cannot be read: owner file,
 * truncated, encrypted …) is re-thrown with the file name in front of its message.
 */
export async function parseNoticeFile<T>(path: string, parse: () => T | Promise<T>): Promise<T> {
  try {
    return await parse();
  } catch (error) {
    if (error instanceof PlanParseError) throw new PlanParseError(error.code, `${path}: ${error.message}`);
    if (error instanceof IngestError) throw new IngestError(error.code, `${path}: ${error.message}`);
    throw error;
  }
}
