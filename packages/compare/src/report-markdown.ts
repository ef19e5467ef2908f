/**
 * Markdown report of a comparison: what a researcher pastes into a memo. Target changes first, then
 * added, dropped and changed tasks, with word-level highlights (**inserted**, ~~deleted~~).
 * Markdown as in CommonMark 0.31 with the GitHub tables and strikethrough extensions (GFM spec).
 */
import type { Comparison, DiffOp, Link, Plan, Task } from '@plandiff/model';
import { sectionLabelPath } from './classify.js';
import { describeChange, formatFigure } from './figure.js';
import { formatEvidence } from './evidence-format.js';

function escapeInline(s: string): string {
  return s.replace(/([\\`*~[\]<>|#])/gu, '\\$1');
}
function cell(s: string): string {
  return escapeInline(s).replace(/\r?\n/gu, ' ');
}

/** Wraps `text` in `mark` (** or ~~) so that no marker touches whitespace (CommonMark flanking rules). */
function wrap(text: string, mark: string): string {
  return text
    .split(/\n/u)
    .map((line) => {
      const m = /^(\s*)(.*?)(\s*)$/su.exec(line) as RegExpExecArray;
      return m[2] === '' ? line : `${m[1]}${mark}${escapeInline(m[2])}${mark}${m[3]}`;
    })
    .join('\n');
}

/** The diff of a link as Markdown: equal text plain, inserted **bold**, deleted ~~struck~~. */
export function diffToMarkdown(ops: readonly DiffOp[]): string {
  return ops.map((o) => (o.op === 'equal' ? escapeInline(o.text) : wrap(o.text, o.op === 'insert' ? '**' : '~~'))).join('');
}

function taskLine(plan: Plan, id: string): string {
  const t = plan.tasks.find((x: Task) => x.id === id);
  if (!t) return id;
  const where = sectionLabelPath(plan, t);
  return `${where ? `${where} ` : ''}${t.number ? `${t.number}. ` : ''}${t.title}`;
}

function year(p: Plan): string {
  return p.year === null ? p.id : String(p.year);
}

/**
 * Renders a comparison as Markdown.
 * Input: the Comparison and the two Plans it was made from (for section labels, titles, texts).
 * Output: a Markdown document: title and counts (review paragraphs counted apart, never listed); "Priorities reordered"
 * (sectionMoves); "Targets" table (metric | earlier | later | change,
 * changed ones first, figures via formatFigure, damaged figures written □ never guessed); "Added
 * tasks", "Dropped tasks" (section label, lead sentence, full text, the nearest near miss); "Changed tasks" (changed, moved,
 * split, merged: score, evidence, lead units added/removed, diff with **inserted** and ~~deleted~~
 * words); a note on tasks outside an excerpt. Unchanged tasks are counted, not listed.
 */
export function comparisonToMarkdown(c: Comparison, from: Plan, to: Plan): string {
  const out: string[] = [];
  const ya = year(from);
  const yb = year(to);
  const s = c.summary;
  const name = from.series ?? to.series ?? from.meta.title ?? from.id;
  out.push(`# ${escapeInline(name)}: ${ya} → ${yb}`, '');
  out.push(`${ya} → ${yb}: ${s.changed} changed, ${s.moved} moved, ${s.split} split, ${s.merged} merged, ${s.added} added, `
    + `${s.dropped} dropped, ${s.unchanged} unchanged tasks`
    + `${s.outside_excerpt ? `, ${s.outside_excerpt} outside the excerpt` : ''}. `
    + `Targets: ${s.targets.changed} changed, ${s.targets.added} added, ${s.targets.dropped} dropped, ${s.targets.unchanged} unchanged`
    + `${s.targets.outside_excerpt ? `, ${s.targets.outside_excerpt} beyond the excerpt (cannot be compared)` : ''}.`, '');
  const r = s.review;
  const reviewCount = r ? r.added + r.dropped + r.changed + r.unchanged + r.moved + (r.split ?? 0) + (r.merged ?? 0) : 0;
  if (reviewCount > 0) out.push(`Review of the past year (工作回顾): ${reviewCount} paragraphs, counted apart and not listed below.`, '');
  if ((c.sectionMoves ?? []).length > 0) {
    out.push('## Priorities reordered', '');
    for (const m of c.sectionMoves ?? []) out.push(`- ${escapeInline(m.title)}: place ${m.rankFrom} → ${m.rankTo}`);
    out.push('');
  }

  out.push('## Targets', '');
  if (c.targets.length === 0) out.push('No targets in either plan.', '');
  else {
    const order = { changed: 0, added: 1, dropped: 2, unchanged: 3, outside_excerpt: 4 } as const;
    const rows = [...c.targets].sort((x, y) => order[x.kind] - order[y.kind]);
    out.push(`| metric | ${ya} | ${yb} | change |`, '|---|---|---|---|');
    for (const t of rows) out.push(`| ${cell(t.metric)} | ${cell(formatFigure(t.from))} | ${cell(formatFigure(t.to))} | ${cell(describeChange(t))} |`);
    out.push('');
  }

  const section = (title: string, links: Link[], render: (l: Link) => string[]): void => {
    out.push(`## ${title} (${links.length})`, '');
    if (links.length === 0) out.push('None.', '');
    for (const l of links) out.push(...render(l), '');
  };
  const planLinks = c.links.filter((l) => l.role !== 'review');
  const nearest = (l: Link, plan: Plan): string[] => (l.candidates?.[0]
    ? ['', `  Nearest in the other plan (too unlike to be the same task): ${cell(taskLine(plan, l.candidates[0].id))}, score ${l.candidates[0].score.toFixed(2)}.`]
    : []);
  section('Added tasks', planLinks.filter((l) => l.kind === 'added'), (l) => [
    `- **${cell(taskLine(to, l.to[0]))}**`, '', `  ${escapeInline(to.tasks.find((t) => t.id === l.to[0])?.text ?? '')}`, ...nearest(l, from),
  ]);
  section('Dropped tasks', planLinks.filter((l) => l.kind === 'dropped'), (l) => [
    `- ~~${cell(taskLine(from, l.from[0]))}~~`, '', `  ${escapeInline(from.tasks.find((t) => t.id === l.from[0])?.text ?? '')}`, ...nearest(l, to),
  ]);
  section('Changed tasks', planLinks.filter((l) => ['changed', 'moved', 'split', 'merged'].includes(l.kind)), (l) => {
    const lines = [
      `### ${cell(l.from.map((id) => taskLine(from, id)).join(' + '))} → ${cell(l.to.map((id) => taskLine(to, id)).join(' + '))}`,
      '',
      `*${l.kind}*, score ${l.score.toFixed(2)}${l.pinned ? ', pinned by a human decision' : ''}. Evidence: ${escapeInline(l.evidence.map((e) => formatEvidence(e)).join('; '))}.`,
    ];
    const ac = l.assignmentChanges;
    if (ac.leadAdded.length > 0 || ac.leadRemoved.length > 0) {
      lines.push('', `Lead units: ${ac.leadAdded.map((u) => `+${escapeInline(u)}`).concat(ac.leadRemoved.map((u) => `−${escapeInline(u)}`)).join(', ')}.`);
    }
    const tc = l.targetChanges.filter((t) => t.kind !== 'unchanged');
    if (tc.length > 0) lines.push('', `Targets: ${tc.map((t) => `${escapeInline(t.metric)} ${escapeInline(formatFigure(t.from) || '—')} → ${escapeInline(formatFigure(t.to) || '—')} (${describeChange(t)})`).join('; ')}.`);
    lines.push('', diffToMarkdown(l.diff));
    return lines;
  });
  const outside = c.links.filter((l) => l.kind === 'outside_excerpt');
  if (outside.length > 0) {
    out.push('## Outside the excerpt', '', `${outside.length} tasks lie beyond what the excerpt covers; the comparison cannot say whether they are new or kept.`, '');
  }
  return out.join('\n');
}
