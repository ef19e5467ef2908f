/**
 * The mirror of a comparison: what `compare(b, a)` says when `compare(a, b)` is known (DESIGN.md: "compare(b, a) is
 * the mirror of compare(a, b)"). comparePlans computes every pair in one canonical direction ({@link isCanonicalOrder})
 * and mirrors it for the other, so the answer never depends on which plan is on the left.
 */
import type { DiffOp, Evidence, Link, LinkKind, SectionMove, SentencePair, TargetChange } from '@plandiff/model';
import type { SectionLink } from './sections.js';
import { pairedMetricName } from './targets.js';

const KIND_MIRROR: Partial<Record<LinkKind, LinkKind>> = { added: 'dropped', dropped: 'added', split: 'merged', merged: 'split' };

/** added ↔ dropped, split ↔ merged; every other kind is its own mirror. */
export function mirrorKind<K extends string>(kind: K): K {
  return ((KIND_MIRROR as Record<string, string>)[kind] ?? kind) as K;
}

/** insert ↔ delete, the side that lost characters swapped; the texts stay. */
export function mirrorDiff(ops: readonly DiffOp[]): DiffOp[] {
  return ops.map((o) => {
    const op: DiffOp = { ...o, op: o.op === 'insert' ? 'delete' : o.op === 'delete' ? 'insert' : 'equal' };
    if (o.lost) op.lost = o.lost === 'from' ? 'to' : 'from';
    if (o.beyondExcerpt) op.beyondExcerpt = o.beyondExcerpt === 'from' ? 'to' : 'from';
    return op;
  });
}

const SIDE_MIRROR = { from: 'to', to: 'from' } as const;

/** The mirror of a `{ from, to }` pair: its two fields swapped. */
function swap<T>(p: { from: T; to: T } | undefined): { from: T; to: T } | undefined {
  return p === undefined ? undefined : { from: p.to, to: p.from };
}

/**
 * The mirror of a TargetChange: from ↔ to, added ↔ dropped, raised ↔ lowered, every `{ from, to }` part swapped,
 * damaged from ↔ to. The metric is named as describeTargetChange names it (pairedMetricName) for the new order.
 */
export function mirrorTargetChange(c: TargetChange): TargetChange {
  const ch = c.change;
  const change: TargetChange['change'] = {};
  if (ch.value !== undefined) change.value = ch.value === 'raised' ? 'lowered' : ch.value === 'lowered' ? 'raised' : ch.value;
  if (ch.modifier) change.modifier = swap(ch.modifier);
  if (ch.range) change.range = swap(ch.range);
  if (ch.unit) change.unit = swap(ch.unit);
  if (ch.deadline) change.deadline = swap(ch.deadline);
  if (ch.direction) change.direction = swap(ch.direction);
  if (ch.aspirational) change.aspirational = swap(ch.aspirational);
  if (ch.damaged !== undefined) change.damaged = ch.damaged === 'both' ? 'both' : SIDE_MIRROR[ch.damaged];
  if (ch.wording !== undefined) change.wording = ch.wording;
  const kind = c.kind === 'added' ? 'dropped' : c.kind === 'dropped' ? 'added' : c.kind;
  const metric = c.from && c.to ? pairedMetricName(c.to, c.from) : c.metric;
  return { kind, metric, from: c.to, to: c.from, change };
}

/** The mirror of one evidence item: the values that name a side swapped (paths, whole, missing, excerpt). */
export function mirrorEvidence(e: Evidence): Evidence {
  switch (e.code) {
    case 'corresponding_sections':
      return { code: e.code, values: { from: e.values.to, to: e.values.from, samePlace: e.values.samePlace } };
    case 'opening_paragraphs':
    case 'moved':
      return { code: e.code, values: { from: e.values.to, to: e.values.from } };
    case 'taken_up':
    case 'between_parts':
      return { ...e, values: { ...e.values, whole: SIDE_MIRROR[e.values.whole] } } as Evidence;
    case 'no_counterpart':
      return { code: e.code, values: { missing: SIDE_MIRROR[e.values.missing] } };
    case 'too_unlike':
      return { ...e, values: { ...e.values, missing: SIDE_MIRROR[e.values.missing] } };
    case 'excerpt_boundary':
      return { code: e.code, values: { excerpt: SIDE_MIRROR[e.values.excerpt] } };
    default:
      return e;
  }
}

function mirrorSentence(s: SentencePair): SentencePair {
  const op = s.op === 'insert' ? 'delete' : s.op === 'delete' ? 'insert' : s.op;
  return { op, from: s.to, to: s.from, ...(s.diff ? { diff: mirrorDiff(s.diff) } : {}) };
}

/** The mirror of one task link (sides swapped, kind, diff, targets, lead units, sentences and evidence mirrored). */
export function mirrorLink(l: Link): Link {
  const out: Link = {
    kind: mirrorKind(l.kind),
    from: [...l.to],
    to: [...l.from],
    score: l.score,
    evidence: l.evidence.map(mirrorEvidence),
    diff: mirrorDiff(l.diff),
    targetChanges: l.targetChanges.map(mirrorTargetChange),
    assignmentChanges: { leadAdded: [...l.assignmentChanges.leadRemoved], leadRemoved: [...l.assignmentChanges.leadAdded] },
    pinned: l.pinned,
  };
  if (l.role !== undefined) out.role = l.role;
  if (l.candidates !== undefined) out.candidates = l.candidates.map((c) => ({ ...c }));
  if (l.sentences !== undefined) out.sentences = l.sentences.map(mirrorSentence);
  return out;
}

/** The mirror of a section link. */
export function mirrorSectionLink(s: SectionLink): SectionLink {
  return {
    kind: mirrorKind(s.kind),
    from: s.to, to: s.from, fromLabel: s.toLabel, toLabel: s.fromLabel, fromTitle: s.toTitle, toTitle: s.fromTitle,
    score: s.score,
    evidence: s.evidence.map(mirrorEvidence),
  };
}

/** The mirror of a section move (ranks swapped; the title is the later side's, looked up by the caller). */
export function mirrorSectionMove(m: SectionMove, titleOfTo: (id: string) => string | undefined): SectionMove {
  return { from: m.to, to: m.from, title: titleOfTo(m.from) ?? m.title, rankFrom: m.rankTo, rankTo: m.rankFrom };
}

/**
 * Which direction comparePlans computes: true when (a, b) is already canonical. Order: earlier year first; then
 * (same or unknown year) the smaller plan id; then the smaller text (code-unit order). Two equal plans are canonical
 * either way (their comparison is its own mirror).
 */
export function isCanonicalOrder(a: { year: number | null; id: string; text: string }, b: { year: number | null; id: string; text: string }): boolean {
  if (a.year !== null && b.year !== null && a.year !== b.year) return a.year < b.year;
  if (a.id !== b.id) return a.id < b.id;
  if (a.text !== b.text) return a.text < b.text;
  return a.year === b.year || a.year === null;
}
