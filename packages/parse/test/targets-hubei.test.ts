import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plan, Target } from '@plandiff/model';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { extractTargets } from '../src/targets/index.js';

// Expected values read in fixtures/hubei-sthjt-gzyd/{2023,2024}/source.txt. In the 2024 scrape `?` marks
// lost text (see /work/shared/corpus/README.md); the pipeline turns it into □ (U+25A1).

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const source = (year: number) => readFileSync(`${ROOT}fixtures/hubei-sthjt-gzyd/${year}/source.txt`, 'utf8');

/**
 * One line of the raw scrape cut out by hand with the minimum the pipeline would do: `?` → □ and the
 * trailing `X/p>` tag remnant dropped. Used to test the reader independently of the pipeline.
 */
function rawLine(year: number, key: string): string {
  const line = source(year).split('\n').find((l) => l.includes(key));
  if (!line) throw new Error(`no line with ${key}`);
  return line.replace(/\?/g, '\u25a1').replace(/.\/p>$/, '');
}

function read(year: number, key: string): Target[] {
  const text = rawLine(year, key);
  return extractTargets({ taskId: 't', text, offset: 0, planYear: year, role: 'plan' });
}

const byMetric = (targets: Target[], metric: string) => targets.filter((t) => t.metric === metric);

describe('Hubei 2024 (damaged scrape), reader on hand-cut lines', () => {
  it('受污染耕地安全利用率达□2%以上 is damaged: no value, the readable 以上 kept', () => {
    const [t] = byMetric(read(2024, '坚决完成环境质量改善目标'), '受污染耕地安全利用率');
    expect(t).toMatchObject({ value: null, low: null, high: null, unit: '%', modifier: 'at_least', damaged: true });
    expect(t.text).toBe('受污染耕地安全利用率达\u25a12%以上');
  });

  it('农村生活污水治理率达□6.58% is damaged too, never reported as 6.58', () => {
    const targets = read(2024, '坚决完成环境质量改善目标');
    expect(byMetric(targets, '农村生活污水治理率')).toMatchObject([{ value: null, damaged: true, unit: '%' }]);
    expect(targets.some((t) => t.value === 2 || t.value === 6.58)).toBe(false);
  });

  it('地表水国控断面达到国家考核目标要求 is a qualitative target', () => {
    const [t] = byMetric(read(2024, '坚决完成环境质量改善目标'), '地表水国控断面');
    expect(t).toMatchObject({ modifier: 'qualitative', value: null, unit: null, damaged: false });
    expect(t.text).toBe('地表水国控断面达到国家考核目标要求');
  });

  it('推动100家重点企业绩效升A晋B → 100 家, exact', () => {
    const [t] = read(2024, '持续深入打好蓝天保卫战');
    expect(t).toMatchObject({ metric: '重点企业绩效升A晋B', value: 100, unit: '家', modifier: 'exact', damaged: false });
    expect(t.text).toBe('推动100家重点企业绩效升A晋B');
  });

  it('完成1571个行政村环境整治 → 1571 个; the next figure □23条 is damaged', () => {
    const targets = read(2024, '大力推进农村环境治理');
    expect(byMetric(targets, '行政村环境整治')).toMatchObject([{ value: 1571, unit: '个', modifier: 'exact', damaged: false }]);
    expect(targets.find((t) => t.unit === '条')).toMatchObject({ value: null, damaged: true });
  });

  it('完成30%以上□市、区)生态保护红线基础调查 → 30% at_least, not damaged (the loss is after 以上)', () => {
    const [t] = byMetric(read(2024, '守牢生态环境安全底线'), '生态保护红线基础调查');
    expect(t).toMatchObject({ value: 30, unit: '%', modifier: 'at_least', damaged: false });
  });

  it('组织实施7个…成效评估和22个…成效自评估工作: two count targets', () => {
    const targets = read(2024, '守牢生态环境安全底线');
    expect(byMetric(targets, '省级自然保护区生态环境保护成效评估')).toMatchObject([{ value: 7, unit: '个' }]);
    // the filler 工作 is not part of the measure's name
    expect(byMetric(targets, '国家级自然保护区成效自评估')).toMatchObject([{ value: 22, unit: '个' }]);
  });

  it('确保2024年底前完□5%…,验收销号比例达□0%: damaged, deadline 2024年底前 → 2024-12-31', () => {
    const [t] = byMetric(read(2024, '持续推进长江高水平保护'), '验收销号比例');
    expect(t).toMatchObject({ value: null, damaged: true, deadline: '2024年底前', deadlineDate: '2024-12-31' });
  });

  it('力争年度交易量列区域碳市场第一位 is a rank target: value 1, no unit, aspirational', () => {
    const [t] = read(2024, '加快打造全国碳市场核心枢纽');
    // the field ranked in is part of the measure: first among regional carbon markets
    expect(t).toMatchObject({ metric: '区域碳市场年度交易量排名', value: 1, unit: null, modifier: 'exact', aspirational: true });
    expect(t.text).toBe('年度交易量列区域碳市场第一位');
  });

  it('确保2024年底前完□5%的整治任□验收…: a name cut at a lost character keeps the □ (整治任□, not 整治任)', () => {
    const targets = read(2024, '持续推进长江高水平保护');
    expect(targets.find((t) => t.text.startsWith('完\u25a15%'))).toMatchObject({
      metric: '整治任\u25a1', value: null, unit: '%', damaged: true, aspirational: false, deadline: '2024年底前',
    });
    // 完成重点湖泊排污□0%: the □ may have held the name's last character and the figure's first digit
    expect(targets.find((t) => t.text === '完成重点湖泊排污\u25a10%')).toMatchObject({ metric: '重点湖泊排污\u25a1', value: null, damaged: true });
    // …,力争整治成效位居长江经济□1省市前列: 力争 comes after these figures and governs none of them
    expect(targets.some((t) => t.aspirational)).toBe(false);
    expect(targets.some((t) => t.metric === '整治任')).toBe(false);
  });

  it('推进7个耕地土壤污染成因排查项目实施 → 耕地土壤污染成因排查项目 (实施 is what is done with them)', () => {
    expect(byMetric(read(2024, '持续深入打好净土保卫战'), '耕地土壤污染成因排查项目')).toMatchObject([{ value: 7, unit: '个' }]);
  });

  it('a □ before a digit ends the name before it: 行政村环境整治□23条 keeps 行政村环境整治', () => {
    expect(byMetric(read(2024, '大力推进农村环境治理'), '行政村环境整治')).toHaveLength(1);
  });

  it('力争创建5个国家生态文明建设示范区 is aspirational', () => {
    const [t] = byMetric(read(2024, '深入推进生态省建设'), '国家生态文明建设示范区');
    expect(t).toMatchObject({ value: 5, unit: '个', aspirational: true });
  });

  it('no figure is invented from dates or damaged labels (2024□月完成试点任务, 第2次)', () => {
    expect(read(2024, '扎实推进小流域综合治理试点')).toEqual([]);
    expect(read(2024, '已经第2次厅长办公会议审定通过')).toEqual([]);
  });
});

describe('Hubei 2023 excerpt, 主要目标', () => {
  const targets = read(2023, '主要目标是');
  it('地表水省控断面（水域）优良比例达到89.3% → exact (达到 without 以上 states the level, not a floor)', () => {
    expect(byMetric(targets, '地表水省控断面（水域）优良比例')).toMatchObject([
      { value: 89.3, unit: '%', modifier: 'exact', direction: null, damaged: false },
    ]);
  });
  it('劣Ⅴ类断面比例控制在0.3%以内 → at_most', () => {
    expect(byMetric(targets, '劣Ⅴ类断面比例')).toMatchObject([{ value: 0.3, unit: '%', modifier: 'at_most' }]);
  });
  it('国控断面 and the air-quality measures 达到国家考核目标要求 → qualitative', () => {
    expect(byMetric(targets, '国控断面')).toMatchObject([{ modifier: 'qualitative', value: null }]);
    expect(targets.filter((t) => t.modifier === 'qualitative')).toHaveLength(2);
  });
});

describe('through parsePlan (the whole pipeline)', () => {
  const plan2024: Plan = parsePlan(readFileSync(`${ROOT}fixtures/hubei-sthjt-gzyd/2024/source.txt`), {
    series: 'hubei-sthjt-gzyd', year: 2024,
  });
  const all2024 = plan2024.tasks.flatMap((t) => t.targets);

  it('2024: every target span points at its text in plan.text, ids are taskId.kN', () => {
    expect(all2024.length).toBeGreaterThan(10);
    for (const t of all2024) {
      expect(plan2024.text.slice(t.span[0], t.span[1])).toBe(t.text);
      expect(t.id.startsWith(`${t.taskId}.k`)).toBe(true);
    }
  });

  it('2024: 100家, 1571个, 30%以上 and the damaged 受污染耕地安全利用率', () => {
    expect(all2024.find((t) => t.metric === '重点企业绩效升A晋B')).toMatchObject({ value: 100, unit: '家' });
    expect(all2024.find((t) => t.metric === '行政村环境整治')).toMatchObject({ value: 1571, unit: '个' });
    expect(all2024.find((t) => t.metric === '生态保护红线基础调查')).toMatchObject({ value: 30, modifier: 'at_least' });
    expect(all2024.find((t) => t.metric === '受污染耕地安全利用率')).toMatchObject({ value: null, damaged: true, modifier: 'at_least' });
  });

  it('2024: every damaged target has no value, and no target reads a value off a □', () => {
    for (const t of all2024) {
      if (t.text.includes('\u25a1')) {
        const figureTouchesLoss = /\u25a1[0-9.]|[0-9.]\u25a1/.test(t.text);
        if (figureTouchesLoss) expect(t).toMatchObject({ damaged: true, value: null });
      }
      if (t.damaged) expect([t.value, t.low, t.high]).toEqual([null, null, null]);
    }
  });

  it('2023: 89.3% exact and 0.3% at_most through the pipeline (its brackets are full-width there)', () => {
    const plan = parsePlan(readFileSync(`${ROOT}fixtures/hubei-sthjt-gzyd/2023/source.txt`), {
      series: 'hubei-sthjt-gzyd', year: 2023, coverage: 'excerpt',
    });
    expect(plan.targets.find((t) => t.value === 89.3)).toMatchObject({ metric: '地表水省控断面（水域）优良比例', modifier: 'exact' });
    expect(plan.targets.find((t) => t.metric === '劣Ⅴ类断面比例')).toMatchObject({ value: 0.3, modifier: 'at_most' });
  });
});
