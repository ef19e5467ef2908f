/**
 * comparePlans: Plan × Plan → Comparison (DESIGN.md contract), orchestrating
 * decisions → align → classify → sections → targets.
 */
import type { Comparison, Link, LinkKind, Plan, Target, TargetChange } from '@plandiff/model';
import { COMPARISON_SCHEMA_VERSION, walkSections } from '@plandiff/model';
import { sectionChains } from './align.js';
import { alignTasks } from './align/run.js';
import { classifyLinks, isDemoted } from './classify.js';
import { resolveDecisions, reverseDecisions, type LinkDecisions } from './decisions.js';
import { linkSections, type SectionLink } from './sections.js';
import { sectionMoves } from './section-moves.js';
import { matchTargets, normaliseMetric, type TargetContext } from './targets.js';
import { isCanonicalOrder, mirrorLink, mirrorSectionLink, mirrorSectionMove, mirrorTargetChange } from './mirror.js';

export interface CompareOptions {
  /** human decisions from fixtures/<series>/links/<from>-<to>.json (see decisions.ts) */
  decisions?: LinkDecisions;
}

/**
 * The Comparison contract, extended with section links and the problems met while applying decisions.
 * Both extra fields are optional for consumers; the contract's zod schema strips them.
 */
export type PlanComparison = Comparison & { sections: SectionLink[]; problems: string[] };

/**
 * The targets a plan sets: every target of `plan.targets` (or of its tasks when that list is empty)
 * except those in sections whose role is `review` (工作回顾: figures there are results, not targets),
 * and except restatements (same normalised metric, figure, unit and modifier as an earlier target).
 * Order: targets of the year's main-targets paragraph (主要预期目标) first, then of paragraphs naming
 * main or important targets (主要目标 / 重要目标) that are not five-year goals (十四五, 五年), then the
 * rest in text order, so that a metric also stated elsewhere (a five-year goal such as 2021's
 * "城镇新增就业超过6000万人") never displaces the year's own target when matching or in a timeline.
 */
function mainTargetsRank(text: string): number {
  if (/主要预期目标/u.test(text)) return 0;
  if (/主要目标|重要目标/u.test(text) && !/十[一二三四五六七八九]五|五年/u.test(text)) return 1;
  return 2;
}

/** Two targets with this key are one target stated twice (the same metric, figure, unit and modifier). */
function restatementKey(t: Target): string {
  return [normaliseMetric(t.metric), t.value, t.low, t.high, t.unit, t.modifier, t.damaged].join('|');
}

export function planTargets(plan: Plan): Target[] {
  const chains = sectionChains(plan);
  const sectionOfTask = new Map(plan.tasks.map((t) => [t.id, t.sectionId]));
  const all = plan.targets.length > 0 ? plan.targets : plan.tasks.flatMap((t) => t.targets);
  const seen = new Set<string>();
  const rankOfTask = new Map(plan.tasks.map((t) => [t.id, mainTargetsRank(t.text)]));
  const rank = (t: Target): number => rankOfTask.get(t.taskId) ?? 2;
  const ordered = [0, 1, 2].flatMap((r) => all.filter((t) => rank(t) === r));
  return ordered.filter((t) => {
    const sec = sectionOfTask.get(t.taskId);
    const chain = sec ? chains.get(sec) ?? [] : [];
    if (chain.some((s) => s.role === 'review')) return false;
    const key = restatementKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Aligns the tasks of `from` with those of `to` and classifies every link.
 * Input: two Plans in either order (any series; coverage "excerpt" on either side limits added/dropped to what the
 * excerpt covers), optional human decisions (written for this from → to order). Output: a Comparison whose links
 * carry calibrated scores (0..1), evidence, token and sentence diffs, target and lead-unit changes, role, and near-miss
 * candidates for added/dropped tasks; `targets` pairs the plans' targets by identity (targets.ts); `sectionMoves` lists
 * rank changes among siblings. The pair is always computed in its canonical direction (mirror.ts: earlier year first)
 * and mirrored when asked the other way round, so compare(b, a) is exactly the mirror of compare(a, b).
 * Never throws on plan content; unresolvable decisions are listed in `problems`.
 */
export function comparePlans(from: Plan, to: Plan, options: CompareOptions = {}): PlanComparison {
  if (isCanonicalOrder(from, to)) return compareCanonical(from, to, options.decisions);
  return mirrorComparison(compareCanonical(to, from, reverseDecisions(options.decisions)), from, to);
}

/** The mirror of a comparison of `to` → `from`, read as `from` → `to` (mirror.ts). */
export function mirrorComparison(c: PlanComparison, from: Plan, to: Plan): PlanComparison {
  const s = c.summary;
  const titleOf = new Map<string, string>();
  walkSections(to.sections, (x) => titleOf.set(x.id, x.title));
  const mirrorCounts = <T extends { added: number; dropped: number }>(x: T): T => ({ ...x, added: x.dropped, dropped: x.added });
  return {
    schemaVersion: c.schemaVersion,
    from: { ...c.to },
    to: { ...c.from },
    summary: {
      ...mirrorCounts(s),
      split: s.merged,
      merged: s.split,
      targets: mirrorCounts(s.targets),
      ...(s.review ? { review: { ...mirrorCounts(s.review), split: s.review.merged, merged: s.review.split } } : {}),
    },
    links: orderLinks(c.links.map(mirrorLink), from, to),
    targets: c.targets.map(mirrorTargetChange),
    ...(c.sectionMoves ? { sectionMoves: c.sectionMoves.map((m) => mirrorSectionMove(m, (id) => titleOf.get(id))) } : {}),
    sections: c.sections.map(mirrorSectionLink),
    problems: [...c.problems],
  };
}

/**
 * The one order of links whichever direction was computed: links with both sides by their first `from` task, then
 * links with only a `from` side (dropped, outside_excerpt) by that task, then those with only a `to` side by theirs.
 */
function orderLinks(links: Link[], from: Plan, to: Plan): Link[] {
  const posA = new Map(from.tasks.map((t, i) => [t.id, i]));
  const posB = new Map(to.tasks.map((t, i) => [t.id, i]));
  const key = (l: Link): [number, number, number] => {
    const a = Math.min(...l.from.map((id) => posA.get(id) ?? 0));
    const b = Math.min(...l.to.map((id) => posB.get(id) ?? 0));
    if (l.from.length > 0 && l.to.length > 0) return [0, a, b];
    return l.from.length > 0 ? [1, a, 0] : [2, b, 0];
  };
  const keyed = links.map((l) => ({ l, k: key(l) }));
  keyed.sort((x, y) => x.k[0] - y.k[0] || x.k[1] - y.k[1] || x.k[2] - y.k[2]);
  return keyed.map((x) => x.l);
}

/**
 * Where two targets of the two plans stand: `linked` when their tasks share a link (changed, moved, unchanged, split,
 * merged; not a pair demoted to added + dropped); `chapter` when their tasks' chapters correspond: at the deepest
 * outline depth both share, the two sections are linked (sections.ts), or the two top-level chapters share at least
 * one task link (2023's 对今年政府工作的建议 became 2024's 总体要求 and 政府工作任务: both hold its tasks);
 * `none` otherwise.
 */
function targetContext(from: Plan, to: Plan, links: readonly Link[], sections: readonly SectionLink[]): TargetContext {
  const linked = new Set<string>();
  for (const l of links) for (const a of l.from) for (const b of l.to) linked.add(`${a}|${b}`);
  const chainsA = sectionChains(from);
  const chainsB = sectionChains(to);
  const chainA = new Map(from.tasks.map((t) => [t.id, chainsA.get(t.sectionId) ?? []]));
  const chainB = new Map(to.tasks.map((t) => [t.id, chainsB.get(t.sectionId) ?? []]));
  const sectionLink = new Set(sections.filter((s) => s.from && s.to).map((s) => `${s.from}|${s.to}`));
  for (const k of linked) {
    const [a, b] = k.split('|');
    const ta = chainA.get(a)?.[0];
    const tb = chainB.get(b)?.[0];
    if (ta && tb) sectionLink.add(`${ta.id}|${tb.id}`);
  }
  return (a, b) => {
    if (linked.has(`${a.taskId}|${b.taskId}`)) return 'linked';
    const ca = chainA.get(a.taskId) ?? [];
    const cb = chainB.get(b.taskId) ?? [];
    const depth = Math.min(ca.length, cb.length);
    if (depth === 0) return 'none';
    return sectionLink.has(`${ca[depth - 1].id}|${cb[depth - 1].id}`) || sectionLink.has(`${ca[0].id}|${cb[0].id}`) ? 'chapter' : 'none';
  };
}

function compareCanonical(from: Plan, to: Plan, given: LinkDecisions | undefined): PlanComparison {
  const decisions = resolveDecisions(from, to, given);
  const alignment = alignTasks(from, to, decisions);
  const links = orderLinks(classifyLinks(from, to, alignment), from, to);
  const outside = new Set(links.filter((l) => l.kind === 'outside_excerpt').flatMap((l) => [...l.from, ...l.to]));
  // An excerpt stops inside or right after its last task (Hubei 2023 ends "…；全省受污染"): the counterpart of that
  // task may have targets the excerpt's cut-off text had too, so they are as unknown as those beyond the excerpt.
  for (const [excerpt, side, other] of [[from, 'from', 'to'], [to, 'to', 'from']] as const) {
    const last = excerpt.meta.coverage === 'excerpt' ? excerpt.tasks.at(-1)?.id : undefined;
    if (last) for (const l of links) if (l[side].includes(last)) l[other].forEach((id) => outside.add(id));
  }
  // A target of a task the excerpt cannot speak for is neither added nor dropped: outside_excerpt.
  // a pair too unlike to be one task still says where its chapter went: section links count it
  const sections = linkSections(from, to, [...links, ...alignment.links.filter(isDemoted).map((r) => ({
    from: r.from.map((i) => from.tasks[i].id), to: r.to.map((j) => to.tasks[j].id), score: r.score,
  }))]);
  const targets = matchTargets(planTargets(from), planTargets(to), targetContext(from, to, links, sections)).map((t): TargetChange =>
    (t.kind === 'added' && t.to && outside.has(t.to.taskId)) || (t.kind === 'dropped' && t.from && outside.has(t.from.taskId))
      ? { ...t, kind: 'outside_excerpt' }
      : t,
  );
  reconcileLinkTargets(links, targets);
  // review links (工作回顾: last year's results) are counted apart: a plan's review of last year is not a change of plan
  const count = (k: LinkKind): number => links.filter((l) => l.kind === k && l.role !== 'review').length;
  const countReview = (k: LinkKind): number => links.filter((l) => l.kind === k && l.role === 'review').length;
  const countT = (k: string): number => targets.filter((t) => t.kind === k).length;
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    from: { id: from.id, year: from.year },
    to: { id: to.id, year: to.year },
    summary: {
      added: count('added'), dropped: count('dropped'), changed: count('changed'), moved: count('moved'),
      unchanged: count('unchanged'), split: count('split'), merged: count('merged'),
      outside_excerpt: count('outside_excerpt'),
      review: {
        added: countReview('added'), dropped: countReview('dropped'), changed: countReview('changed'),
        unchanged: countReview('unchanged'), moved: countReview('moved'), split: countReview('split'), merged: countReview('merged'),
      },
      targets: {
        added: countT('added'), dropped: countT('dropped'), changed: countT('changed'), unchanged: countT('unchanged'),
        outside_excerpt: countT('outside_excerpt'),
      },
    },
    links,
    targets,
    sectionMoves: sectionMoves(from, to, sections),
    sections,
    problems: decisions.problems,
  };
}

/**
 * One answer per target: a link's targetChanges are matched within its own tasks, so a target whose counterpart sits
 * in another task (2024's 城镇调查失业率 in the main-targets paragraph, 2025's restated in the paragraph linked to
 * it) came out "added" on the link while the plan-level pairing (`targets`) says "unchanged". Here every link-level
 * added / dropped entry for a target the plan-level pairing matched — the target itself (same id) or a restatement
 * of it (same metric, figure, unit, modifier) — is replaced by that plan-level entry, so a link and the summary never
 * disagree. Mutates `links` in place.
 */
function reconcileLinkTargets(links: Link[], targets: TargetChange[]): void {
  const paired = { to: new Map<string, TargetChange>(), from: new Map<string, TargetChange>() };
  for (const t of targets) {
    if (t.kind === 'added' || t.kind === 'dropped') continue;
    for (const side of ['from', 'to'] as const) {
      const target = t[side];
      if (!target) continue;
      paired[side].set(`id:${target.id}`, t);
      if (!paired[side].has(`key:${restatementKey(target)}`)) paired[side].set(`key:${restatementKey(target)}`, t);
    }
  }
  const planLevelOf = (c: TargetChange): TargetChange | undefined => {
    const side = c.kind === 'added' ? 'to' : c.kind === 'dropped' ? 'from' : null;
    const target = side ? c[side] : null;
    if (!side || !target) return undefined;
    return paired[side].get(`id:${target.id}`) ?? paired[side].get(`key:${restatementKey(target)}`);
  };
  for (const link of links) {
    const seen = new Set<TargetChange>();
    link.targetChanges = link.targetChanges.flatMap((c) => {
      const planLevel = planLevelOf(c);
      if (!planLevel) return [c];
      if (seen.has(planLevel) || link.targetChanges.includes(planLevel)) return [];
      seen.add(planLevel);
      return [planLevel];
    });
  }
}
