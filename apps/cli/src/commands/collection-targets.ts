import { crossSection, type Corpus } from '@plandiff/corpus';
import { crossSectionCellStatus, crossSectionToCsv, formatFigure } from '@plandiff/compare';
import type { CrossSection } from '@plandiff/model';
import { UsageError } from '../exit-codes.js';

/** Words for a cell that holds no Target (crossSectionCellStatus), as the text table prints them. */
const CELL_WORDS: Record<string, string> = {
  not_set: 'not set',
  not_in_excerpt: 'not in the excerpt',
  missing_series: 'not found (series not stored)',
  missing_year: 'not found (year not stored)',
  broken: 'not found (notice unreadable)',
};

/**
 * `plandiff targets --collection <id> --year <n> [--json | --csv]`: the metric × series table of one year.
 * Text: one block per metric (GDP growth first) with each member's figure as written (`5%左右`, `4.5–5%`) or why
 * there is none ("not set" = the stored plan sets no such target; "not found" = nothing stored to read), then the
 * members that are not stored. JSON: the CrossSection. CSV: crossSectionToCsv (UTF-8 with BOM).
 * Throws UsageError when --year is missing, CorpusUsageError / CorpusNotFoundError for a bad or unknown id or year.
 */
export function runCollectionTargets(corpus: Corpus, id: string, year: string | undefined, format: { json?: boolean; csv?: boolean }): string {
  if (year === undefined) throw new UsageError('targets --collection needs --year <n> (e.g. --year 2026)');
  const cs = crossSection(corpus, id, year);
  if (format.json) return JSON.stringify(cs, null, 2);
  if (format.csv) return crossSectionToCsv(cs);
  return describeCrossSection(cs);
}

function describeCrossSection(cs: CrossSection): string {
  const members = cs.series ?? [];
  const stored = members.filter((m) => m.status === 'ok');
  const lines = [
    `${cs.collection} ${cs.year}: ${cs.metrics.length} metrics × ${stored.length} of ${members.length} series stored` +
      ` · reference: ${cs.reference ? `${cs.reference.series}/${cs.reference.year}` : 'none stored for this year'}`,
  ];
  if (cs.metrics.length === 0) lines.push('no target carries a metricKey (the indicator dictionary names none of them)');
  const width = Math.max(0, ...members.map((m) => (m.name ?? m.id).length));
  for (const row of cs.metrics) {
    const set = stored.filter((m) => row.values[m.id]).length;
    const ref = cs.reference?.values[row.metricKey];
    lines.push(`${row.metric} [${row.metricKey}] — set by ${set} of ${stored.length}${ref ? ` · national ${formatFigure(ref)}` : ''}`);
    for (const m of members) {
      if (m.status !== 'ok') continue;
      const t = row.values[m.id];
      const cell = t ? formatFigure(t) : CELL_WORDS[crossSectionCellStatus(cs, m.id, row.metricKey)];
      lines.push(`  ${(m.name ?? m.id).padEnd(width, '　')}  ${cell}`);
    }
  }
  const absent = members.filter((m) => m.status !== 'ok');
  if (absent.length > 0) lines.push(`not found: ${absent.map((m) => `${m.id} (${m.status.replace('_', ' ')})`).join(', ')}`);
  return lines.join('\n');
}
