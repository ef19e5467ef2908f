/**
 * Classification of aligned tasks into the link kinds of the Comparison contract:
 * unchanged | changed | moved | split | merged | added | dropped | outside_excerpt.
 */
import type { Evidence, Link, LinkKind, Plan, Side, Task } from '@plandiff/model';
import type { Alignment, Candidate, RawLink } from './align.js';
import { round2, sectionChains } from './align.js';
import { assignmentChanges } from './assignments.js';
import { diffTexts } from './diff.js';
import { matchTargets } from './targets.js';
import { alignSentences, sentencesToDiff } from './sentences.js';
import { markExcerptEnd } from './excerpt-boundary.js';

/**
 * A 1:1 link is `changed`/`moved` (the same task reworded) only when its score reaches CHANGED_THRESHOLD and the
 * two texts share at least MIN_TEXT_SIMILARITY (TF-IDF cosine of character bigrams); otherwise, unless a human pinned
 * it, the pair is a dropped task and an added one, each listing the other as a near-miss candidate. Both values are
 * calibrated on the gold of eval/gold (`pnpm eval` prints the precision of links per score band and per text band;
 * /work/notes/issue-11.md has the curve): below text similarity 0.2 gold confirmed 2 of 6 links, above it 129 of 130.
 */
export const CHANGED_THRESHOLD = 0.5;
export const MIN_TEXT_SIMILARITY = 0.2;
/**
 * True when an aligned 1:1 pair lacks the evidence of being one task (score below {@link CHANGED_THRESHOLD} or text
 * similarity below {@link MIN_TEXT_SIMILARITY}) and no human pinned it: it becomes a dropped and an added task.
 */
export function isDemoted(raw: RawLink): boolean {
  return !raw.pinned && raw.from.length === 1 && raw.to.length === 1
    && (raw.score < CHANGED_THRESHOLD || raw.text < MIN_TEXT_SIMILARITY);
}

/** Near-miss candidates below this score are not listed. */
export const CANDIDATE_FLOOR = 0.05;

/** The outline position of a task, as its section labels from the top ("三 （一）"). */
export function sectionLabelPath(plan: Plan, task: Task): string {
  const chain = sectionChains(plan).get(task.sectionId) ?? [];
  return chain.map((s) => s.label).join(' ');
}

/** The outline position of a task's section (`['三', '（一）']`), whatever style its labels are written in. */
function sectionPosition(plan: Plan, task: Task): string[] {
  const chain = sectionChains(plan).get(task.sectionId) ?? [];
  return chain.length ? chain[chain.length - 1].path : [];
}

function squeeze(s: string): string {
  return s.replace(/\s+/gu, '');
}

/**
 * The last index of `other`'s tasks that an excerpt speaks for: the highest task index of the full
 * plan linked to any task of the excerpt (−1 when nothing is linked). Tasks of the full plan after it
 * are outside the excerpt.
 */
function excerptReach(links: RawLink[], side: 'from' | 'to'): number {
  let reach = -1;
  for (const l of links) for (const i of l[side]) reach = Math.max(reach, i);
  return reach;
}

/**
 * Turns an alignment into contract Links.
 * Rules: n:1 = merged, 1:n = split; a 1:1 link is `moved` when the two tasks sit under different
 * outline positions (section paths, so 第一部分 and 一、 are the same chapter), compared to the depth of the shallower one (三（三） → 三（一） is moved;
 * 一 → 一（二）, where the later plan only added a subheading, is not), `unchanged` when their texts are equal ignoring
 * whitespace and no target or lead unit changed, else `changed`. An unlinked task is `added`/`dropped`,
 * except when the other plan is an excerpt (meta.coverage "excerpt"): then unlinked tasks past the last
 * task the excerpt links to are `outside_excerpt`. Added/dropped scores are 1 − the best candidate score
 * seen for the task (how sure we are it has no counterpart). Output order: links in `from` order, then
 * added and outside_excerpt ones in `to` order.
 */
export function classifyLinks(from: Plan, to: Plan, alignment: Alignment): Link[] {
  const bestScore = (side: 'from' | 'to', i: number): number => (side === 'from' ? alignment.bestFrom[i] : alignment.bestTo[i]);
  const out: Link[] = [];
  const demotedFrom = new Map<number, Candidate & { text: number }>();
  const demotedTo = new Map<number, Candidate & { text: number }>();
  const roleOf = (side: 'from' | 'to', i: number): string =>
    (side === 'from' ? alignment.fromProfiles[i] : alignment.toProfiles[i])?.role ?? 'plan';
  for (const raw of alignment.links) {
    if (isDemoted(raw)) {
      demotedFrom.set(raw.from[0], { index: raw.to[0], score: raw.score, text: raw.text });
      demotedTo.set(raw.to[0], { index: raw.from[0], score: raw.score, text: raw.text });
      continue;
    }
    const fa = raw.from.map((i) => from.tasks[i]);
    const tb = raw.to.map((j) => to.tasks[j]);
    const textA = fa.map((t) => t.text).join('\n');
    const textB = tb.map((t) => t.text).join('\n');
    const targetChanges = matchTargets(fa.flatMap((t) => t.targets), tb.flatMap((t) => t.targets));
    const leads = assignmentChanges(fa, tb);
    const evidence = [...raw.evidence];
    let kind: LinkKind;
    if (fa.length > 1) kind = 'merged';
    else if (tb.length > 1) kind = 'split';
    else {
      const pa = sectionLabelPath(from, fa[0]);
      const pb = sectionLabelPath(to, tb[0]);
      // compare outline positions (section.path: 第一部分 and 一、 are both 一), not the labels as written
      const positionA = sectionPosition(from, fa[0]);
      const positionB = sectionPosition(to, tb[0]);
      const depth = Math.min(positionA.length, positionB.length);
      const moved = positionA.slice(0, depth).join(' ') !== positionB.slice(0, depth).join(' ');
      const sameText = squeeze(textA) === squeeze(textB);
      const targetsSame = targetChanges.every((c) => c.kind === 'unchanged');
      const leadsSame = leads.leadAdded.length === 0 && leads.leadRemoved.length === 0;
      if (moved) {
        kind = 'moved';
        evidence.unshift({ code: 'moved', values: { from: pa, to: pb } });
      } else kind = sameText && targetsSame && leadsSame ? 'unchanged' : 'changed';
    }
    const link: Link = {
      kind,
      from: fa.map((t) => t.id),
      to: tb.map((t) => t.id),
      score: round(raw.score),
      evidence,
      diff: [],
      targetChanges,
      assignmentChanges: leads,
      pinned: raw.pinned,
      role: roleOf('from', raw.from[0]) as Link['role'],
    };
    // sentences first inside a changed or moved link; the link diff is built from them (one diff, not two)
    if (kind === 'changed' || kind === 'moved') {
      link.sentences = alignSentences(textA, textB);
      link.diff = sentencesToDiff(link.sentences);
      if (from.meta.coverage === 'excerpt' && raw.from.includes(from.tasks.length - 1)) markExcerptEnd(link, 'from');
      if (to.meta.coverage === 'excerpt' && raw.to.includes(to.tasks.length - 1)) markExcerptEnd(link, 'to');
    } else link.diff = diffTexts(textA, textB);
    out.push(link);
  }
  // near misses: demoted partners first, then the best other candidates, each task once
  const candidates = (side: 'from' | 'to', i: number): Link['candidates'] => {
    const other = side === 'from' ? to : from;
    const demoted = (side === 'from' ? demotedFrom : demotedTo).get(i);
    const seen = (side === 'from' ? alignment.candidatesFrom : alignment.candidatesTo).get(i) ?? [];
    const list = [...(demoted ? [demoted] : []), ...seen.filter((c) => c.index !== demoted?.index)]
      .filter((c) => c.score >= CANDIDATE_FLOOR)
      .slice(0, 3);
    return list.map((c) => ({ id: other.tasks[c.index].id, score: round(c.score) }));
  };
  const unmatchedFrom = [...alignment.unmatchedFrom, ...demotedFrom.keys()].sort((x, y) => x - y);
  const unmatchedTo = [...alignment.unmatchedTo, ...demotedTo.keys()].sort((x, y) => x - y);
  const fromExcerpt = from.meta.coverage === 'excerpt';
  const toExcerpt = to.meta.coverage === 'excerpt';
  const reachTo = fromExcerpt ? excerptReach(alignment.links, 'to') : Infinity;
  const reachFrom = toExcerpt ? excerptReach(alignment.links, 'from') : Infinity;
  for (const i of unmatchedFrom) {
    const t = from.tasks[i];
    const outside = i > reachFrom;
    const d = demotedFrom.get(i);
    const why = unmatchedEvidence('to', outside, d && { nearest: to.tasks[d.index].id, score: d.score, text: d.text });
    const l = single(outside ? 'outside_excerpt' : 'dropped', [t.id], [], 1 - bestScore('from', i), t, 'from', why);
    l.role = roleOf('from', i) as Link['role'];
    const c = outside ? [] : candidates('from', i) ?? [];
    if (c.length > 0) l.candidates = c;
    out.push(l);
  }
  for (const j of unmatchedTo) {
    const t = to.tasks[j];
    const outside = j > reachTo;
    const d = demotedTo.get(j);
    const why = unmatchedEvidence('from', outside, d && { nearest: from.tasks[d.index].id, score: d.score, text: d.text });
    const l = single(outside ? 'outside_excerpt' : 'added', [], [t.id], 1 - bestScore('to', j), t, 'to', why);
    l.role = roleOf('to', j) as Link['role'];
    const c = outside ? [] : candidates('to', j) ?? [];
    if (c.length > 0) l.candidates = c;
    out.push(l);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Why a task has no counterpart in the `missing` plan: that plan is an excerpt that stops before it
 * (`excerpt_boundary`), the nearest task there was too unlike (`too_unlike`), or nothing there resembles it.
 */
function unmatchedEvidence(missing: Side, outside: boolean, nearest: { nearest: string; score: number; text: number } | undefined): Evidence {
  if (outside) return { code: 'excerpt_boundary', values: { excerpt: missing } };
  if (nearest) {
    return {
      code: 'too_unlike',
      values: { missing, score: round2(nearest.score), similarity: round2(nearest.text) },
      taskIds: { nearest: nearest.nearest },
    };
  }
  return { code: 'no_counterpart', values: { missing } };
}

function single(kind: LinkKind, from: string[], to: string[], score: number, task: Task, side: 'from' | 'to', why: Evidence): Link {
  const leads = [...new Set(task.assignments.flatMap((a) => a.lead))];
  return {
    kind,
    from,
    to,
    score: round(Math.min(1, Math.max(0, score))),
    evidence: [why],
    diff: side === 'from' ? [{ op: 'delete', text: task.text }] : [{ op: 'insert', text: task.text }],
    targetChanges: kind === 'outside_excerpt' ? [] : task.targets.map((t) => ({
      kind: side === 'from' ? 'dropped' as const : 'added' as const,
      metric: t.metric,
      from: side === 'from' ? t : null,
      to: side === 'to' ? t : null,
      change: {},
    })),
    assignmentChanges: side === 'from' ? { leadAdded: [], leadRemoved: leads } : { leadAdded: leads, leadRemoved: [] },
    pinned: false,
  };
}
