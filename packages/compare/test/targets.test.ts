import { describe, expect, it } from 'vitest';
import type { Target } from '@plandiff/model';
import { describeTargetChange, matchTargets, metricSimilarity, normaliseMetric } from '../src/targets.js';

/** A target as the parser gives it; values below are read from the real 2021/2022 reports. */
function target(p: Partial<Target> & Pick<Target, 'metric'>): Target {
  return {
    id: p.metric, taskId: 't', value: null, low: null, high: null, unit: '%', modifier: 'about', aspirational: false,
    direction: null, deadline: null, text: p.metric, span: [0, 0], damaged: false, ...p,
  };
}

describe('normaliseMetric', () => {
  it('drops verbs so 2022 "城镇调查失业率全年控制在" matches 2021 "城镇调查失业率"', () => {
    expect(normaliseMetric('城镇调查失业率全年控制在')).toBe('城镇调查失业率');
    expect(normaliseMetric('全省地表水省控断面(水域)优良比例达到')).toBe('地表水省控断面(水域)优良比例');
    expect(metricSimilarity('国控断面', '地表水国控断面')).toBeGreaterThanOrEqual(0.6);
    expect(metricSimilarity('城镇新增就业', '城镇调查失业率')).toBeLessThan(0.6);
  });
});

describe('describeTargetChange', () => {
  it('2021 → 2022 unemployment: 5.5%左右 → 5.5%以内 is the same value, modifier about→at_most', () => {
    const c = describeTargetChange(
      target({ metric: '城镇调查失业率', value: 5.5, modifier: 'about' }),
      target({ metric: '城镇调查失业率全年控制在', value: 5.5, modifier: 'at_most' }),
    );
    expect(c.kind).toBe('changed');
    expect(c.change).toEqual({ value: 'same', modifier: { from: 'about', to: 'at_most' } });
  });

  it('2021 → 2022 GDP: 6%以上 → 5.5%左右 is lowered, at_least→about', () => {
    const c = describeTargetChange(
      target({ metric: '国内生产总值增长', value: 6, modifier: 'at_least' }),
      target({ metric: '国内生产总值增长', value: 5.5, modifier: 'about' }),
    );
    expect(c.change).toEqual({ value: 'lowered', modifier: { from: 'at_least', to: 'about' } });
  });

  it('a damaged figure is never compared (Hubei 2024 "达?2%以上")', () => {
    const c = describeTargetChange(
      target({ metric: '受污染耕地安全利用率', value: 92, modifier: 'at_least' }),
      target({ metric: '受污染耕地安全利用率', value: null, modifier: 'at_least', damaged: true }),
    );
    expect(c.kind).toBe('changed');
    expect(c.change.value).toBe('unknown');
    expect(c.change.damaged).toBe('to');
  });

  it('identical targets are unchanged; ranges compare low–high', () => {
    expect(describeTargetChange(target({ metric: 'x', value: 5 }), target({ metric: 'x', value: 5 })).kind).toBe('unchanged');
    const r = describeTargetChange(
      target({ metric: 'x', modifier: 'range', low: 6, high: 6.5 }),
      target({ metric: 'x', modifier: 'range', low: 5, high: 5.5 }),
    );
    expect(r.change).toMatchObject({ value: 'lowered', range: { from: '6–6.5%', to: '5–5.5%' } });
  });
});

describe('matchTargets', () => {
  it('matches by metric regardless of order and reports added and dropped', () => {
    const from = [target({ metric: '城镇新增就业', value: 1100, unit: '万人', modifier: 'at_least' }), target({ metric: '城镇调查失业率', value: 5.5 })];
    const to = [target({ metric: '城镇调查失业率全年控制在', value: 5.5, modifier: 'at_most' }), target({ metric: '粮食产量', value: 1.3, unit: '万亿斤', modifier: 'at_least' })];
    const out = matchTargets(from, to);
    expect(out.map((c) => [c.kind, c.metric])).toEqual([
      ['changed', '城镇调查失业率全年控制在'], ['added', '粮食产量'], ['dropped', '城镇新增就业'],
    ]);
  });
  it('empty lists give nothing', () => {
    expect(matchTargets([], [])).toEqual([]);
  });
});

describe('describeTargetChange of qualitative targets', () => {
  const q = (text: string, damaged = false): Target =>
    target({ metric: '国控断面', text, unit: null, modifier: 'qualitative', damaged });
  it('the same wording up to spaces and punctuation is unchanged; a lost character stands for any one', () => {
    expect(describeTargetChange(q('国控断面达到国家考核目标要求'), q('国控断面 达到国家考核目标要求。')).kind).toBe('unchanged');
    // Hubei 2024 writes 细颗粒□PM2.5） where 2023 has 细颗粒物（PM2.5）
    expect(describeTargetChange(q('细颗粒物（PM2.5）平均浓度达到国家考核目标要求'), q('细颗粒□PM2.5）平均浓度达到国家考核目标要求')).kind).toBe('unchanged');
  });
  it('other wording is changed', () => {
    expect(describeTargetChange(q('国控断面达到国家考核目标要求'), q('国控断面稳定达到国家考核目标要求')).change)
      .toEqual({ value: 'same', wording: 'changed' });
  });
});
