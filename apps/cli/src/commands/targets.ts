import type { Corpus } from '@plandiff/corpus';
import { timelineToCsv } from '@plandiff/compare';
import type { Timeline } from '@plandiff/model';
import { formatTarget } from '../plan-summary.js';

/** `plandiff targets <series>`: the metric × year table as aligned text, JSON or CSV (UTF-8 with BOM). */
export function runTargets(corpus: Corpus, series: string, format: { json?: boolean; csv?: boolean }): string {
  const timeline = corpus.timeline(series);
  if (format.json) return JSON.stringify(timeline, null, 2);
  if (format.csv) return timelineToCsv(timeline);
  return describeTimeline(timeline);
}

function describeTimeline(t: Timeline): string {
  const lines = [`${t.series}: ${t.metrics.length} metrics × ${t.years.length} years (${t.years.join(', ')})`];
  for (const row of t.metrics) {
    lines.push(row.metric);
    for (const year of t.years) {
      const v = row.values[String(year)];
      lines.push(`  ${year}  ${v ? formatTarget(v).slice(row.metric.length).trim() : '—'}`);
    }
  }
  return lines.join('\n');
}
