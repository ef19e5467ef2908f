/**
 * CSV exports: RFC 4180 (fields quoted when they hold a comma, quote, CR or LF; quotes doubled; records
 * end with CRLF), UTF-8 with a byte-order mark so that Excel opens Chinese text correctly.
 */
import type { Comparison, Plan, Timeline } from '@plandiff/model';
import { sectionLabelPath } from './classify.js';
import { describeChange, formatFigure } from './figure.js';
import { formatEvidence } from './evidence-format.js';
import { neutraliseFormula, startsLikeFormula } from './csv-injection.js';

/** UTF-8 byte-order mark; Excel needs it to read a CSV file as UTF-8. */
export const BOM = '\uFEFF';

/**
 * One RFC 4180 field. A text that a spreadsheet would run as a formula (starts with = + - @, tab, CR) gets a
 * leading apostrophe and quotes (OWASP CSV Injection, see csv-injection.ts); numbers and booleans are written as
 * they are.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const formula = startsLikeFormula(value);
  const s = formula ? neutraliseFormula(value) : value;
  return formula || /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** RFC 4180 records (CRLF after each, header included) with a leading BOM. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/**
 * A comparison as one CSV table.
 * Columns: record (`target` | `task`), kind, score, metric, from_figure, to_figure, change, from_ids,
 * to_ids, from_section, to_section, from_title, to_title, lead_added, lead_removed, pinned, evidence.
 * Target rows come first (every entry of `c.targets`), then one row per link. Lists are joined with
 * "; ". Output starts with a BOM; see module doc for quoting.
 */
export function comparisonToCsv(c: Comparison, from: Plan, to: Plan): string {
  const header = ['record', 'kind', 'score', 'metric', 'from_figure', 'to_figure', 'change', 'from_ids', 'to_ids',
    'from_section', 'to_section', 'from_title', 'to_title', 'lead_added', 'lead_removed', 'pinned', 'evidence'];
  const taskOf = (plan: Plan, id: string) => plan.tasks.find((t) => t.id === id);
  const rows: (string | number | boolean | null)[][] = [header];
  for (const t of c.targets) {
    rows.push(['target', t.kind, null, t.metric, formatFigure(t.from), formatFigure(t.to), describeChange(t),
      t.from?.taskId ?? '', t.to?.taskId ?? '', '', '', '', '', '', '', false, '']);
  }
  for (const l of c.links) {
    const fa = l.from.map((id) => taskOf(from, id)).filter((t) => t !== undefined);
    const tb = l.to.map((id) => taskOf(to, id)).filter((t) => t !== undefined);
    rows.push(['task', l.kind, l.score, '', '', '', '', l.from.join('; '), l.to.join('; '),
      [...new Set(fa.map((t) => sectionLabelPath(from, t)))].join('; '), [...new Set(tb.map((t) => sectionLabelPath(to, t)))].join('; '),
      fa.map((t) => t.title).join('; '), tb.map((t) => t.title).join('; '),
      l.assignmentChanges.leadAdded.join('; '), l.assignmentChanges.leadRemoved.join('; '), l.pinned, l.evidence.map((e) => formatEvidence(e)).join('; ')]);
  }
  return toCsv(rows);
}

/**
 * A timeline as CSV: header `metric,<year>,<year>…`, one row per metric, each cell the year's figure
 * written by formatFigure (`5%左右`, `□ (damaged)`), empty when the year sets no target for it.
 */
export function timelineToCsv(t: Timeline): string {
  return toCsv([
    ['metric', ...t.years.map(String)],
    ...t.metrics.map((m) => [m.metric, ...t.years.map((y) => formatFigure(m.values[String(y)] ?? null))]),
  ]);
}
