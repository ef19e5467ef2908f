import { basename } from 'node:path';
import { addNotice, readNoticeFile } from '@plandiff/corpus';
import { describePlan } from '../plan-summary.js';
import { checkCoverage, checkEncoding, checkRetrievedOn, checkSourceUrl } from '../option-values.js';
import { parseNoticeFile } from '../plan-source.js';

export interface AddOptions {
  series: string;
  year: string;
  url?: string;
  coverage?: string;
  retrieved?: string;
  notes?: string;
  force?: boolean;
  newSeries?: boolean;
  encoding?: string;
  issuer?: string;
  kind?: string;
  region?: string;
  nameZh?: string;
  nameEn?: string;
}

/**
 * `plandiff add <file> --series <id> --year <n>`: stores and parses a notice, prints a summary and every warning.
 * Options are checked before anything is read or written; throws UsageError / CorpusUsageError for bad
 * options or an unknown series without --new-series, NoticeRefusedError (a CorpusUsageError, exit 2) when the
 * plan's quality is doubtful or unusable and --force is not given, PlanParseError (message starting with the file
 * name) for an unusable notice.
 */
export function runAdd(fixturesDir: string, file: string, options: AddOptions): string {
  const coverage = checkCoverage(options.coverage) ?? 'full';
  const retrievedOn = checkRetrievedOn(options.retrieved);
  const sourceUrl = checkSourceUrl(options.url);
  const charset = checkEncoding(options.encoding);
  const bytes = readNoticeFile(file);
  const result = parseNoticeFile(file, () => addNotice(fixturesDir, {
    bytes,
    fileName: basename(file),
    series: options.series,
    year: options.year,
    sourceUrl,
    coverage,
    retrievedOn,
    notes: options.notes,
    force: options.force,
    newSeries: options.newSeries,
    charset,
    issuer: options.issuer,
    // --kind bulletin | plan names the series' kind; any other word is the document kind (工作要点, 政府工作报告 …)
    documentKind: options.kind === 'bulletin' ? '统计公报' : options.kind === 'plan' ? undefined : options.kind,
    seriesKind: options.kind === 'bulletin' ? 'bulletin' : undefined,
    region: options.region,
    nameZh: options.nameZh,
    nameEn: options.nameEn,
  }));
  const verdict = result.plan.quality && result.plan.quality.verdict !== 'ok'
    ? ` — stored with --force although ${result.plan.quality.verdict} (${result.plan.quality.reasons.join(', ')})`
    : '';
  const lines = [`added ${result.plan.id} → ${result.dir}${result.seriesCreated ? ' (new series)' : ''}${verdict}`, describePlan(result.plan, true)];
  return lines.join('\n');
}
