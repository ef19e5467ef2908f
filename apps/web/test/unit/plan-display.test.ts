import type { Comparison, Plan, Timeline } from '@plandiff/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffSide, figureRanges } from '../../src/format/diff-sides.js';
import { formatTarget, targetNumber } from '../../src/format/target-format.js';
import { explainDamage, splitByDamage } from '../../src/plan/damage-marks.js';
import { i18n } from '../../src/i18n/i18n.js';
import { buildOutline, uncoveredRuns } from '../../src/plan/outline-tree.js';
import { taskLeadUnits } from '../../src/plan/plan-index.js';
import { storedJson } from '../support/stored-api.js';

let hubei2024: Plan;

beforeAll(async () => {
  hubei2024 = await storedJson<Plan>('/api/series/hubei-sthjt-gzyd/plans/2024');
});

describe('damage marked in place (hubei-sthjt-gzyd 2024, a damaged scrape)', () => {
  it('cuts a task at its damage and loses no character', () => {
    for (const task of hubei2024.tasks) {
      const pieces = splitByDamage(hubei2024.text, task.span, hubei2024.damage);
      expect(pieces.map((piece) => piece.text).join('')).toBe(hubei2024.text.slice(task.span[0], task.span[1]));
    }
  });

  it('marks the lost character of 细颗粒□PM2.5 (source: 细颗粒?PM2.5, 物（ lost)', () => {
    const at = hubei2024.text.indexOf('细颗粒□PM2.5');
    expect(at).toBeGreaterThan(0);
    const pieces = splitByDamage(hubei2024.text, [at, at + 10], hubei2024.damage);
    const lost = pieces.find((piece) => piece.damage?.kind === 'lost');
    expect(lost?.text).toBe('□');
    expect(lost?.start).toBe(at + 3);
    expect(explainDamage(lost!.damage!)).toMatch(/^原文缺损：/);
    expect(explainDamage(lost!.damage!, i18n.getFixedT('en'))).toMatch(/Lost in the source copy/);
  });

  it('tolerates damage outside the span and a span with no damage', () => {
    expect(splitByDamage('abcdef', [1, 4], [{ span: [4, 6], kind: 'lost', original: '?' }])).toEqual([
      { text: 'bcd', start: 1, damage: null },
    ]);
  });
});

describe('figures in a diff next to lost characters (hubei-sthjt-gzyd 2023 → 2024)', () => {
  it('emphasises 89.3% of 2023 but not 达□2%以上 / 达□6.58% of the damaged 2024 copy', async () => {
    const comparison = await storedJson<Comparison>('/api/series/hubei-sthjt-gzyd/compare?from=2023&to=2024');
    // the link of 2023's 主要目标 paragraph (its figures 89.3% and 0.3%以内) with 2024's 一（二）1
    const link = comparison.links.find((l) => l.kind === 'changed' && l.diff.some((op) => op.text.includes('89.3%')))!;
    const left = diffSide(link.diff, 'from').filter((run) => run.figure).map((run) => run.text);
    const right = diffSide(link.diff, 'to');
    expect(left).toContain('89.3%');
    const rightText = right.map((run) => run.text).join('');
    expect(rightText).toContain('达□2%以上');
    expect(rightText).toContain('达□6.58%');
    expect(right.filter((run) => run.figure).map((run) => run.text)).not.toContain('2%以上');
    expect(right.filter((run) => run.figure).map((run) => run.text)).not.toContain('6.58%');
    expect(figureRanges('受污染耕地安全利用率达□2%以上')).toEqual([]);
    expect(figureRanges('地表水省控断面（水域）优良比例达到89.3%')).toEqual([[17, 22]]);
  });
});

describe('plan tree (hubei-sthjt-gzyd 2024)', () => {
  it('places every task under its section, with task 二（二）4 led by 流域处', () => {
    const { nodes, unplaced } = buildOutline(hubei2024);
    const count = (list: typeof nodes): number => list.reduce((n, node) => n + node.tasks.length + count(node.children), 0);
    expect(count(nodes) + unplaced.length).toBe(hubei2024.tasks.length);
    const task = hubei2024.tasks.find((t) => t.path.join('') === '二（二）4');
    expect(task?.title).toBe('扎实推进小流域综合治理试点');
    expect(taskLeadUnits(task!)).toEqual(['流域处']);
  });
});

describe('targets of a damaged or absent figure are never numbers', () => {
  it('hubei 2024: 受污染耕地安全利用率 lost a digit (达?2%以上), so it reads □ and plots nothing', async () => {
    const comparison = await storedJson<Comparison>('/api/series/hubei-sthjt-gzyd/compare?from=2023&to=2024');
    const soil = comparison.targets.find((change) => change.metric === '受污染耕地安全利用率')!;
    expect(soil.to!.damaged).toBe(true);
    expect(formatTarget(soil.to!, i18n.getFixedT('en'))).toBe('□ (damaged)');
    expect(formatTarget(soil.to!)).toBe('□（原文缺损）');
    expect(targetNumber(soil.to!)).toBeNull();
    const surface = comparison.targets.find((change) => change.metric === '地表水省控断面（水域）优良比例')!;
    expect(surface.kind).toBe('dropped');
    expect(formatTarget(surface.from!)).toBe('89.3%');
    expect(targetNumber(surface.from!)).toBe(89.3);
  });

  it('gov-work-report: 城镇新增就业 1200万人以上 in 2025 plots 1200; a year without the metric is a gap', async () => {
    const timeline = await storedJson<Timeline>('/api/series/gov-work-report/targets');
    const jobs = timeline.metrics.find((row) => row.metric === '城镇新增就业')!;
    expect(formatTarget(jobs.values['2025']!)).toBe('1200万人以上');
    expect(targetNumber(jobs.values['2025']!)).toBe(1200);
    expect(targetNumber(null)).toBeNull();
  });
});

describe('section prose outside tasks (hubei-sthjt-gzyd 2024)', () => {
  it('shows the preamble (the covering notice) and no bare item numbers such as 1.', () => {
    const { nodes } = buildOutline(hubei2024);
    const preamble = nodes.find((node) => node.section.role === 'preamble')!;
    expect(hubei2024.text.slice(...preamble.prose[0])).toContain('湖北省生态环境厅关于印发2024年全省生态环境工作要点的通知');
    const all = (list: typeof nodes): typeof nodes => list.flatMap((node) => [node, ...all(node.children)]);
    for (const node of all(nodes)) {
      for (const span of node.prose) expect(hubei2024.text.slice(...span)).not.toMatch(/^\d+[.．]?$/);
    }
  });

  it('uncoveredRuns keeps what no span covers, trimmed', () => {
    const text = '（一）总体要求。\n以人为本。\n1.坚持标准。\n';
    // heading 0–9, task 17–24 (its number 1. at 15–17 is outside the task span, as in Hubei 2024's 一（二）1.)
    expect(uncoveredRuns(text, [0, text.length], [[0, 9], [17, 24]]).map((run) => text.slice(...run))).toEqual(['以人为本。']);
    expect(uncoveredRuns(text, [15, 24], [[17, 24]])).toEqual([]);
    expect(uncoveredRuns(text, [0, 5], [])).toEqual([[0, 5]]);
  });
});
