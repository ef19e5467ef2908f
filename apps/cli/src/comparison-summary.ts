import type { Comparison } from '@plandiff/model';
import { describeChange } from '@plandiff/compare';
import { formatTarget } from './plan-summary.js';

/** A plain-text summary of a Comparison for the terminal: counts, then every target change, then changed links. */
export function describeComparison(c: Comparison): string {
  const s = c.summary;
  const lines = [
    `${c.from.id} → ${c.to.id}`,
    `tasks: ${s.changed} changed, ${s.moved} moved, ${s.added} added, ${s.dropped} dropped, ${s.split} split, ${s.merged} merged, ${s.unchanged} unchanged` +
      (s.outside_excerpt ? `, ${s.outside_excerpt} outside the excerpt` : ''),
    `targets: ${s.targets.changed} changed, ${s.targets.added} added, ${s.targets.dropped} dropped, ${s.targets.unchanged} unchanged`,
  ];
  const changes = c.targets.filter((t) => t.kind !== 'unchanged');
  if (changes.length) lines.push('target changes:');
  for (const t of changes) {
    const from = t.from ? formatTarget(t.from) : '—';
    const to = t.to ? formatTarget(t.to) : '—';
    const what = t.kind === 'changed' ? describeChange(t) : '';
    lines.push(`  [${t.kind}] ${t.metric}: ${from}  →  ${to}${what ? `  (${what})` : ''}`);
  }
  return lines.join('\n');
}
