import type { Comparison, Plan } from '@plandiff/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLinkViews, filterLinkViews, linkKey, stepToChange, type LinkView } from '../../src/comparison/link-view.js';
import { NO_FILTERS, parseViewState, viewStateToQuery } from '../../src/comparison/view-state.js';
import { diffSide } from '../../src/format/diff-sides.js';
import { describeTargetChange, formatTarget } from '../../src/format/target-format.js';
import { indexPlan } from '../../src/plan/plan-index.js';
import { storedJson } from '../support/stored-api.js';

// The real comparison of the 2024 and 2025 政府工作报告, as the API serves it to the viewer.
let comparison: Comparison;
let views: LinkView[];

beforeAll(async () => {
  const series = '/api/series/gov-work-report';
  const [c, a, b] = await Promise.all([
    storedJson<Comparison>(`${series}/compare?from=2024&to=2025`),
    storedJson<Plan>(`${series}/plans/2024`),
    storedJson<Plan>(`${series}/plans/2025`),
  ]);
  comparison = c;
  views = buildLinkViews(c.links, indexPlan(a), indexPlan(b));
});

describe('link views of gov-work-report 2024 → 2025', () => {
  it('resolves every link’s tasks and gives each a unique key', () => {
    expect(views).toHaveLength(comparison.links.length);
    expect(new Set(views.map((view) => view.key)).size).toBe(views.length);
    for (const view of views) {
      expect(view.fromTasks.map((task) => task.id)).toEqual(view.link.from);
      expect(view.toTasks.map((task) => task.id)).toEqual(view.link.to);
    }
  });

  it('filters to moved links: the domestic-demand chapter moved from （三） to （一）', () => {
    const moved = filterLinkViews(views, { ...NO_FILTERS, kinds: ['moved'] });
    expect(moved.length).toBe(comparison.summary.moved);
    expect(moved.every((view) => view.link.kind === 'moved')).toBe(true);
    // 2024's （三）着力扩大国内需求 became 2025's （一）…全方位扩大国内需求 (read in both reports' outlines)
    const demand = moved.filter((view) =>
      view.fromTrails[0].some((section) => section.title === '着力扩大国内需求，推动经济实现良性循环'),
    );
    expect(demand.length).toBeGreaterThan(0);
    for (const view of demand) {
      expect(view.toTrails[0].map((section) => section.label)).toEqual(['三、', '（一）']);
      expect(view.toTrails[0][1].title).toBe('大力提振消费、提高投资效益，全方位扩大国内需求');
    }
  });

  it('filters by a section title of either year and by text (all words must occur)', () => {
    const section = '大力提振消费、提高投资效益，全方位扩大国内需求';
    const inSection = filterLinkViews(views, { ...NO_FILTERS, section });
    expect(inSection.length).toBeGreaterThan(0);
    expect(inSection.every((view) => view.toTrails.some((trail) => trail.some((s) => s.title === section)))).toBe(true);
    const both = filterLinkViews(views, { ...NO_FILTERS, section, text: '内需 消费' });
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((view) => view.searchText.includes('内需') && view.searchText.includes('消费'))).toBe(true);
    expect(filterLinkViews(views, { ...NO_FILTERS, text: '不存在的词语甲乙丙' })).toEqual([]);
  });

  it('a filter read back from its URL selects the same links', () => {
    const filters = { ...NO_FILTERS, kinds: ['moved' as const], text: '内需' };
    const query = viewStateToQuery({ from: 2024, to: 2025, filters, focus: null, mode: 'document' });
    const again = parseViewState(new URLSearchParams(query.toString())).filters;
    expect(filterLinkViews(views, again).map((view) => view.key)).toEqual(filterLinkViews(views, filters).map((view) => view.key));
  });

  it('n / p step over unchanged links and stop at the ends', () => {
    const first = stepToChange(views, null, 1)!;
    expect(views[first].link.kind).not.toBe('unchanged');
    const unchanged = views.findIndex((view) => view.link.kind === 'unchanged');
    expect(unchanged).toBeGreaterThanOrEqual(0);
    if (unchanged > 0) {
      const next = stepToChange(views, views[unchanged - 1].key, 1)!;
      expect(next).toBeGreaterThan(unchanged - 1);
      expect(next).not.toBe(unchanged);
    }
    const last = stepToChange(views, null, -1)!;
    expect(views[last].link.kind).not.toBe('unchanged');
    expect(stepToChange(views, views[last].key, 1)).toBeNull();
    expect(stepToChange(views, views[first].key, -1)).toBeNull();
    expect(stepToChange([], null, 1)).toBeNull();
  });

  it('keys a link by its task ids', () => {
    expect(linkKey({ from: ['t3.3.p1'], to: ['t3.1.p1'] })).toBe('t3.3.p1>t3.1.p1');
    expect(linkKey({ from: [], to: ['t2.4'] })).toBe('>t2.4');
    expect(linkKey({ from: ['t1', 't2'], to: ['t3'] })).toBe('t1+t2>t3');
  });
});

describe('target and diff display of gov-work-report 2024 → 2025', () => {
  it('shows 居民消费价格涨幅 as 3%左右 → 2%左右, lowered', () => {
    const cpi = comparison.targets.find((change) => change.metric === '居民消费价格涨幅');
    expect(cpi).toBeDefined();
    expect(formatTarget(cpi!.from!)).toBe('3%左右');
    expect(formatTarget(cpi!.to!)).toBe('2%左右');
    expect(describeTargetChange(cpi!).map((label) => label.text)).toContain('降低');
  });

  it('splits a diff into year A (equal + delete) and year B (equal + insert) runs that rebuild each text', () => {
    const view = views.find((v) => v.link.diff.length > 0 && v.fromTasks.length === 1 && v.toTasks.length === 1)!;
    const left = diffSide(view.link.diff, 'from');
    const right = diffSide(view.link.diff, 'to');
    expect(left.every((run) => run.op !== 'insert')).toBe(true);
    expect(right.every((run) => run.op !== 'delete')).toBe(true);
    expect(left.map((run) => run.text).join('')).toBe(view.link.diff.filter((op) => op.op !== 'insert').map((op) => op.text).join(''));
    expect(right.map((run) => run.text).join('')).toBe(view.link.diff.filter((op) => op.op !== 'delete').map((op) => op.text).join(''));
  });

  it('emphasises the figure inside a changed run, not the words around it (2025: 安排超长期特别国债3000亿元)', () => {
    const runs = diffSide(
      [
        { op: 'equal', text: '居民消费价格涨幅' },
        { op: 'delete', text: '3%左右' },
        { op: 'insert', text: '2%左右' },
        { op: 'equal', text: '。' },
        { op: 'insert', text: '安排超长期特别国债3000亿元支持消费品以旧换新' },
      ],
      'to',
    );
    expect(runs.filter((run) => run.figure).map((run) => run.text)).toEqual(['2%左右', '3000亿元']);
    expect(runs.map((run) => run.text).join('')).toBe('居民消费价格涨幅2%左右。安排超长期特别国债3000亿元支持消费品以旧换新');
    expect(runs.filter((run) => run.op === 'equal').every((run) => !run.figure)).toBe(true);
  });
});
