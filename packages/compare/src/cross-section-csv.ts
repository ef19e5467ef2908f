/**
 * A cross-section as CSV: one record per member × metric, RFC 4180 quoting and a BOM (see report-csv.ts),
 * every text cell neutralised against formula injection.
 */
import type { CrossSection, Target } from '@plandiff/model';
import { formatFigure } from './figure.js';
import { toCsv } from './report-csv.js';
import { crossSectionCellStatus } from './cross-section.js';

/**
 * The cross-section as CSV. Columns: series, name, status, coverage, quality (ok / doubtful / unusable; empty when not judged), metric_key, metric, figure, value, low, high,
 * unit, modifier, aspirational, sentence, reference_figure. One record per member (collection order) × metric
 * (row order); `status` is `set`, `not_set` (the member's plan sets no target with that key), `not_in_excerpt`
 * (the member's copy is an excerpt), or the member's own status (`missing_series`, `missing_year`, `broken`:
 * nothing is stored to read). `figure` is written as in the reports (formatFigure: `5%左右`, `4.5–5%`), `sentence`
 * is the target's source text. Output starts with a BOM, records end with CRLF.
 */
export function crossSectionToCsv(cs: CrossSection): string {
  const header = ['series', 'name', 'status', 'coverage', 'quality', 'metric_key', 'metric', 'figure', 'value', 'low', 'high', 'unit',
    'modifier', 'aspirational', 'sentence', 'reference_figure'];
  const members = cs.series ?? Object.keys(cs.metrics[0]?.values ?? {}).map((id) => ({ id, name: null, coverage: null, quality: null }));
  const rows: (string | number | boolean | null)[][] = [header];
  for (const m of members) {
    for (const row of cs.metrics) {
      const t: Target | null = row.values[m.id] ?? null;
      const ref = cs.reference?.values[row.metricKey] ?? null;
      rows.push([
        m.id, m.name, crossSectionCellStatus(cs, m.id, row.metricKey), m.coverage, m.quality, row.metricKey, row.metric,
        formatFigure(t), t?.value ?? null, t?.low ?? null, t?.high ?? null, t?.unit ?? null, t?.modifier ?? null,
        t ? t.aspirational : null, t?.text ?? null, formatFigure(ref),
      ]);
    }
  }
  return toCsv(rows); // toCsv neutralises formula-like cells (csv-injection.ts)
}
