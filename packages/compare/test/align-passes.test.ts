/**
 * Each alignment pass alone, on real plans: the passes before it are run (runPasses with a prefix of ALIGN_PASSES),
 * then it, and what it added is checked.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '@plandiff/model';
import { LINK_THRESHOLD } from '../src/align.js';
import { ALIGN_PASSES, runPasses } from '../src/align/run.js';
import { firstTasks } from '../src/align/sections.js';
import type { AlignState } from '../src/align/state.js';
import { resolveDecisions, type ResolvedDecisions } from '../src/decisions.js';
import { loadPlan, taskWith } from './support/fixtures.js';

const none: ResolvedDecisions = { pins: [], forbidden: new Set(), problems: [] };
const names = ALIGN_PASSES.map(([name]) => name);

/** The state before the pass `name` and after it. */
function around(from: Plan, to: Plan, name: string, decisions = none): { before: AlignState; after: AlignState } {
  const at = names.indexOf(name);
  return { before: runPasses(from, to, decisions, ALIGN_PASSES.slice(0, at)), after: runPasses(from, to, decisions, ALIGN_PASSES.slice(0, at + 1)) };
}
const index = (plan: Plan, phrase: string): number => plan.tasks.indexOf(taskWith(plan, phrase));
const added = ({ before, after }: { before: AlignState; after: AlignState }) => after.links.slice(before.links.length);

describe('alignment passes on gov-work-report 2024 → 2025', () => {
  const from = loadPlan('gov-work-report', 2024);
  const to = loadPlan('gov-work-report', 2025);
  const invest24 = index(from, '积极扩大有效投资。发挥好政府投资');
  const invest25 = index(to, '积极扩大有效投资。紧扣国家发展战略');

  it('runs in the order of the table', () => {
    expect(names).toEqual(['pins', 'retrieve', 'score', 'assign', 'context', 'openings', 'split-merge', 'gaps', 'printed', 'candidates']);
  });

  it('pins: a human pin is the first link, pinned, and takes its tasks out of the pool', () => {
    const decisions = resolveDecisions(from, to, { pin: [{ from: ['多措并举稳就业促增收'], to: ['更大力度稳定和扩大就业'] }] });
    const s = around(from, to, 'pins', decisions).after;
    expect(s.links).toHaveLength(1);
    expect(s.links[0]).toMatchObject({ from: [index(from, '多措并举稳就业促增收')], to: [index(to, '更大力度稳定和扩大就业')], pinned: true });
    const retrieved = runPasses(from, to, decisions, ALIGN_PASSES.slice(0, 2)).retrieved;
    expect(retrieved.some((e) => e.a === s.links[0].from[0])).toBe(false);
  });

  it('retrieve: 2024 积极扩大有效投资 finds its 2025 paragraph among at most 16 candidates, with its text cosine', () => {
    const s = around(from, to, 'retrieve').after;
    const mine = s.retrieved.filter((e) => e.a === invest24);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThanOrEqual(16);
    const pair = mine.find((e) => e.b === invest25)!;
    expect(pair.cos).toBe(s.bestCosA[invest24]);
  });

  it('score: the 投资 pair scores above the link threshold and is the best of its task', () => {
    const s = around(from, to, 'score').after;
    const pair = s.scored.find((e) => e.a === invest24 && e.b === invest25)!;
    expect(pair.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
    expect(s.bestFrom[invest24]).toBe(pair.score);
  });

  it('assign: links the 投资 pair 1:1 and never one task twice', () => {
    const step = around(from, to, 'assign');
    expect(added(step).find((l) => l.from[0] === invest24)?.to).toEqual([invest25]);
    const usedTo = step.after.links.flatMap((l) => l.to);
    expect(new Set(usedTo).size).toBe(usedTo.length);
  });

  it('context: finds corresponding sections and links only inside them, saying so', () => {
    const step = around(from, to, 'context');
    expect(step.before.sections).toBeNull();
    const sections = step.after.sections!;
    expect(sections.size).toBeGreaterThan(0);
    expect(added(step).length).toBeGreaterThan(0);
    for (const l of added(step)) {
      expect(l.evidence[0].code).toBe('corresponding_sections');
      expect(sections.get(from.tasks[l.from[0]].sectionId)).toBe(to.tasks[l.to[0]].sectionId);
    }
  });

  it('openings: links only first paragraphs of corresponding sections', () => {
    const step = around(from, to, 'openings');
    const firstA = new Set(firstTasks(from).values());
    const firstB = new Set(firstTasks(to).values());
    expect(added(step).length).toBeGreaterThan(0);
    for (const l of added(step)) {
      expect(l.evidence[0].code).toBe('opening_paragraphs');
      expect(firstA.has(l.from[0]) && firstB.has(l.to[0])).toBe(true);
    }
  });

  it('split-merge: 2025 一第2段 takes up two paragraphs of 2024 (a merge), not before the pass', () => {
    const step = around(from, to, 'split-merge');
    const merged = (s: AlignState) => s.links.filter((l) => l.from.length > 1 && l.to.length === 1);
    expect(merged(step.before)).toEqual([]);
    const m = merged(step.after);
    expect(m.length).toBeGreaterThan(0);
    expect(m[0].evidence[0]).toMatchObject({ code: 'taken_up', values: { whole: 'to' } });
  });

  it('printed: an opening paragraph read with its run-in heading gets the higher similarity, marked printed', () => {
    const a = index(from, '深入践行绿水青山就是金山银山的理念');
    const step = around(from, to, 'printed');
    const similarity = (s: AlignState) => {
      const e = s.links.find((l) => l.from.includes(a))?.evidence.find((x) => x.code === 'text_similarity');
      return e?.code === 'text_similarity' ? e.values : undefined;
    };
    expect(similarity(step.before)?.printed).toBeUndefined();
    expect(similarity(step.after)?.printed).toBe(true);
    expect(similarity(step.after)!.similarity).toBeGreaterThan(similarity(step.before)!.similarity);
  });

  it('candidates: at most three counterparts per task, best first', () => {
    const s = around(from, to, 'candidates').after;
    expect(s.candidatesFrom.size).toBeGreaterThan(0);
    for (const list of s.candidatesFrom.values()) {
      expect(list.length).toBeLessThanOrEqual(3);
      expect(list.map((c) => c.score)).toEqual([...list.map((c) => c.score)].sort((x, y) => y - x));
    }
  });
});

describe('the gaps pass on gov-work-report 2023 → 2024', () => {
  it('splits 2023’s macro-policy paragraph over four consecutive 2024 paragraphs only in the gaps pass', () => {
    const from = loadPlan('gov-work-report', 2023);
    const to = loadPlan('gov-work-report', 2024);
    const whole = index(from, '要坚持稳字当头、稳中求进，面对战略机遇和风险挑战并存');
    const step = around(from, to, 'gaps');
    expect(step.before.links.some((l) => l.from.includes(whole))).toBe(false);
    const l = step.after.links.find((x) => x.from.includes(whole))!;
    expect(l.to).toHaveLength(4);
    expect(l.evidence[0]).toMatchObject({ code: 'taken_up', values: { whole: 'from', gap: true } });
  });
});
