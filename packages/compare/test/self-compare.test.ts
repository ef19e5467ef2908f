import { describe, expect, it } from 'vitest';
import { comparePlans } from '../src/compare.js';
import { loadPlan } from './support/fixtures.js';

describe('a plan compared with itself', () => {
  it('Hubei 2024 (damaged copy): every link unchanged, its damaged targets unchanged with value unknown', () => {
    const plan = loadPlan('hubei-sthjt-gzyd', 2024);
    const c = comparePlans(plan, plan);
    expect(c.links.every((l) => l.kind === 'unchanged')).toBe(true);
    expect(c.summary.targets.changed).toBe(0);
    const soil = c.targets.find((t) => t.metric === '受污染耕地安全利用率');
    expect(soil).toMatchObject({ kind: 'unchanged', change: { value: 'unknown', damaged: 'both' } });
    expect(soil?.to?.value).toBeNull();
  });

  it('gov-work-report 2025: nothing changed', () => {
    const plan = loadPlan('gov-work-report', 2025);
    const c = comparePlans(plan, plan);
    expect(c.summary).toMatchObject({ changed: 0, added: 0, dropped: 0, moved: 0, targets: { changed: 0, added: 0, dropped: 0 } });
    // review paragraphs (2024年工作回顾) are counted apart
    expect(c.summary.unchanged + (c.summary.review?.unchanged ?? 0)).toBe(plan.tasks.length);
    expect(c.summary.review?.unchanged).toBeGreaterThan(10);
  });
});

describe('outline label styles', () => {
  it('the 2025 report with 第一部分…第三部分 chapters compared with the plain one moves nothing', async () => {
    const { readFileSync } = await import('node:fs');
    const { parsePlan } = await import('@plandiff/parse');
    const plain = loadPlan('gov-work-report', 2025);
    const source = readFileSync(new URL('../../../fixtures/gov-work-report/2025/source.txt', import.meta.url), 'utf8');
    const parts = source.replace(/^([一二三])、/gmu, (_m, n: string) => `第${n}部分 `);
    const styled = parsePlan(parts, { series: 'gov-work-report', year: 2025 });
    expect(styled.sections.map((s) => s.label).slice(1, 4)).toEqual(['第一部分', '第二部分', '第三部分']);
    const c = comparePlans(plain, styled);
    expect(c.summary.moved).toBe(0);
    expect(c.summary.unchanged + (c.summary.review?.unchanged ?? 0)).toBe(plain.tasks.length);
  });
});

describe('target pairing by similar metric names', () => {
  it('Hailar 2012 → 2013: a growth rate (%) is never paired with an amount (亿元)', () => {
    const c = comparePlans(loadPlan('hailar-gwr', 2012), loadPlan('hailar-gwr', 2013));
    // 2013: "区本级固定资产投资增长23%，达到100亿元"
    const growth = c.targets.find((t) => t.to?.metric === '区本级固定资产投资增长');
    const level = c.targets.find((t) => t.to?.metric === '区本级固定资产投资');
    expect(growth?.to).toMatchObject({ value: 23, unit: '%' });
    expect(level?.to).toMatchObject({ value: 100, unit: '亿元' });
    for (const t of [growth, level]) if (t?.from) expect(t.from.unit).toBe(t.to?.unit);
  });
});

describe('timeline rows', () => {
  it('gov-work-report: 2021 中央本级基础研究支出增长 10.6% and 制造业企业加计扣除比例 100% keep rows of their own', async () => {
    const { buildTimeline } = await import('../src/timeline.js');
    const t = buildTimeline('gov-work-report', [2021, 2022, 2023, 2024, 2025].map((y) => loadPlan('gov-work-report', y)));
    const rowOf = (text: string) => t.metrics.find((m) => m.values['2021']?.text.includes(text));
    expect(rowOf('中央本级基础研究支出增长10.6%')?.metric).toContain('基础研究');
    expect(rowOf('制造业企业加计扣除比例提高到100%')?.metric).toContain('制造业企业');
    // rewordings still share a row
    const cpi = t.metrics.find((m) => m.metric === '居民消费价格涨幅');
    expect(Object.values(cpi?.values ?? {}).map((v) => v?.value)).toEqual([3, 3, 3, 3, 2]);
  });
});

describe('pairing by name: figures strictly, worded targets loosely', () => {
  it('gov-work-report 2021 → 2022: 中央本级基础研究支出增长 10.6% is not paired with 中央本级支出增长 3.9%', () => {
    const c = comparePlans(loadPlan('gov-work-report', 2021), loadPlan('gov-work-report', 2022));
    const basic = c.targets.find((t) => t.from?.metric === '中央本级基础研究支出增长');
    expect(basic?.from?.value).toBe(10.6);
    expect(basic?.to?.metric ?? null).not.toBe('中央本级支出增长');
  });

  it('hubei-sthjt-gzyd timeline: the reworded, damaged PM2.5 qualitative target of 2023 and 2024 shares one row', async () => {
    const { buildTimeline } = await import('../src/timeline.js');
    const t = buildTimeline('hubei-sthjt-gzyd', [loadPlan('hubei-sthjt-gzyd', 2023, 'excerpt'), loadPlan('hubei-sthjt-gzyd', 2024)]);
    const pm = t.metrics.filter((m) => m.metric.includes('PM2.5'));
    expect(pm).toHaveLength(1);
    expect(pm[0].values['2023']?.text).toContain('细颗粒物（PM2.5）平均浓度');
    expect(pm[0].values['2024']?.text).toContain('挥发性有机物');
  });
});
