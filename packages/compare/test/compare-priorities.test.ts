/**
 * 2024 → 2025 government work reports: priorities (sectionMoves), review links counted apart, no catch-all
 * "changed", sentence-first diffs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Link } from '@plandiff/model';
import { comparePlans, type PlanComparison } from '../src/compare.js';
import { evidenceTextSimilarity } from '../src/evidence-format.js';
import { flattenSections } from '../src/sections.js';
import { loadPlan, taskWith } from './support/fixtures.js';

const textSimilarity = (l: Link): number => evidenceTextSimilarity(l.evidence) ?? NaN;

describe('gov-work-report 2024 → 2025: one honest answer', () => {
  const from = loadPlan('gov-work-report', 2024);
  const to = loadPlan('gov-work-report', 2025);
  let c: PlanComparison;
  beforeAll(() => {
    c = comparePlans(from, to);
  });

  it('sectionMoves: 着力扩大国内需求 went from third to first place among the tasks, the chapters it overtook are not listed', () => {
    const title = (id: string): string => flattenSections(from).find((s) => s.id === id)?.title ?? '';
    const demand = c.sectionMoves?.find((m) => title(m.from).includes('着力扩大国内需求'));
    expect(demand).toMatchObject({ rankFrom: 3, rankTo: 1 });
    expect(demand?.title).toBe('大力提振消费、提高投资效益，全方位扩大国内需求');
    // 大力推进现代化产业体系建设 (1 → 2) and 科教兴国 (2 → 3) only shifted: not moves of priority
    expect(c.sectionMoves?.some((m) => title(m.from).includes('大力推进现代化产业体系建设'))).toBe(false);
  });

  it('a link never calls a target added that the plan-level pairing found in another paragraph: 城镇调查失业率5.5%左右 is unchanged everywhere', () => {
    const planLevel = c.targets.find((t) => t.metric === '城镇调查失业率');
    expect(planLevel).toMatchObject({ kind: 'unchanged', from: { value: 5.5, unit: '%' }, to: { value: 5.5, unit: '%' } });
    const onLinks = c.links.flatMap((l) => l.targetChanges).filter((t) => t.metric === '城镇调查失业率');
    expect(onLinks.length).toBeGreaterThan(0);
    expect(onLinks.every((t) => t.kind === 'unchanged')).toBe(true);
    // and 居民消费价格涨幅 3% → 2% is the same change on every link that states it (2025 restates it) as in the summary
    const cpi = c.links.flatMap((l) => l.targetChanges).filter((t) => t.metric === '居民消费价格涨幅');
    expect(cpi.length).toBeGreaterThan(0);
    for (const t of cpi) expect([t.kind, t.from?.value, t.to?.value]).toEqual(['changed', 3, 2]);
  });

  it('sectionMoves mirror: 2025 → 2024 lists the same chapter 1 → 3', () => {
    const back = comparePlans(to, from);
    expect(back.sectionMoves?.map((m) => [m.rankFrom, m.rankTo])).toEqual(c.sectionMoves?.map((m) => [m.rankTo, m.rankFrom]));
  });

  it('review links (2024年工作回顾 ↔ 2023年工作回顾) carry role review and are counted apart', () => {
    const review = c.links.filter((l) => l.role === 'review');
    expect(review.length).toBeGreaterThan(10);
    const r = c.summary.review;
    expect(r).toBeDefined();
    expect((r?.added ?? 0) + (r?.dropped ?? 0) + (r?.changed ?? 0) + (r?.unchanged ?? 0) + (r?.moved ?? 0) + (r?.split ?? 0) + (r?.merged ?? 0)).toBe(review.length);
    const planLinks = c.links.filter((l) => l.role !== 'review' && l.kind !== 'outside_excerpt');
    const s = c.summary;
    expect(s.added + s.dropped + s.changed + s.unchanged + s.moved + s.split + s.merged).toBe(planLinks.length);
    // "一年来，中国特色大国外交全面推进…" is a review paragraph, never a plan card
    const diplomacy = taskWith(from, '中国特色大国外交');
    expect(c.links.find((l) => l.from.includes(diplomacy.id))?.role).toBe('review');
  });

  it('no changed or moved link has text similarity below 0.2 (unless pinned)', () => {
    const weak = c.links.filter((l) => (l.kind === 'changed' || l.kind === 'moved') && !l.pinned && textSimilarity(l) < 0.2);
    expect(weak.map((l) => `${l.from} → ${l.to} ${JSON.stringify(l.evidence.at(-1))}`)).toEqual([]);
    expect(c.links.filter((l) => l.kind === 'changed' || l.kind === 'moved').every((l) => Number.isFinite(textSimilarity(l)))).toBe(true);
  });

  it('food and energy security is not "changed" into financial-risk prevention: dropped, with the near miss as a candidate', () => {
    const security = taskWith(from, '加强重点领域安全能力建设');
    const finance = taskWith(to, '积极防范金融领域风险');
    const l = c.links.find((x) => x.from.includes(security.id));
    expect(l?.kind).toBe('dropped');
    expect(l?.candidates?.[0]?.id).toBe(finance.id);
    expect(l?.evidence[0]).toMatchObject({ code: 'too_unlike', values: { missing: 'to' }, taskIds: { nearest: finance.id } });
  });

  it('sentences: 深化财税金融体制改革 keeps aligned sentences whole and diffs words only inside reworded ones', () => {
    const a = taskWith(from, '推进财税金融等领域改革');
    const b = taskWith(to, '深化财税金融体制改革');
    const l = c.links.find((x) => x.from.includes(a.id) && x.to.includes(b.id));
    expect(l?.kind).toBe('changed');
    const s = l?.sentences ?? [];
    expect(s.length).toBeGreaterThan(3);
    expect(s.map((x) => x.from ?? '').join('')).toBe(a.text);
    expect(s.map((x) => x.to ?? '').join('')).toBe(b.text);
    // a sentence only in 2025 is one insert, whole
    const inserted = s.filter((x) => x.op === 'insert');
    expect(inserted.some((x) => x.to === '严控财政供养人员规模。')).toBe(true);
    // the link diff is built from the sentences: a new sentence is one insert op
    expect(l?.diff.some((o) => o.op === 'insert' && o.text.includes('严控财政供养人员规模。'))).toBe(true);
    expect(l?.diff.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe(a.text);
    expect(l?.diff.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe(b.text);
  });
});
