import { basename } from 'node:path';
import { addNotice, readNoticeFile } from '@plandiff/corpus';
import type { Coverage } from '@plandiff/model';
import { describePlan } from '../plan-summary.js';
import { UsageError } from '../exit-codes.js';

export interface AddOptions {
  series: string;
  year: string;
  url?: string;
  coverage?: string;
  retrieved?: string;
  notes?: string;
  force?: boolean;
  issuer?: string;
  kind?: string;
  nameZh?: string;
  nameEn?: string;
}

/** `plandiff add <file> --series <id> --year <n>`: stores and parses a notice, prints a summary and every warning. */
export function runAdd(fixturesDir: string, file: string, options: AddOptions): string {
  if (options.coverage && options.coverage !== 'full' && options.coverage !== 'excerpt') {
    throw new UsageError(`--coverage must be full or excerpt, not ${options.coverage}`);
  }
  const result = addNotice(fixturesDir, {
    bytes: readNoticeFile(file),
    fileName: basename(file),
    series: options.series,
    year: options.year,
    sourceUrl: options.url ?? null,
    coverage: (options.coverage as Coverage | undefined) ?? 'full',
    retrievedOn: options.retrieved ?? null,
    notes: options.notes,
    force: options.force,
    issuer: options.issuer,
    documentKind: options.kind,
    nameZh: options.nameZh,
    nameEn: options.nameEn,
  });
  const lines = [`added ${result.plan.id} → ${result.dir}${result.seriesCreated ? ' (new series)' : ''}`, describePlan(result.plan, true)];
  return lines.join('\n');
}
