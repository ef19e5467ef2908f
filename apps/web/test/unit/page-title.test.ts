import type { SeriesSummary } from '@plandiff/model';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n/i18n.js';
import { HOME_TITLE, pageTitle } from '../../src/page-title.js';
import { storedJson } from '../support/stored-api.js';

describe('pageTitle', () => {
  it('names the series by its Chinese name and the years, then plandiff', async () => {
    const series = await storedJson<SeriesSummary>('/api/series/gov-work-report');
    expect(series.name.zh).toBe('国务院政府工作报告');
    expect(pageTitle([`${series.name.zh} 2024 → 2025`])).toBe('国务院政府工作报告 2024 → 2025 · plandiff');
    expect(pageTitle(['Check a new notice'])).toBe('Check a new notice · plandiff');
  });

  it('leaves out empty parts and falls back to the home title', () => {
    // zh-CN is the default language; English says HOME_TITLE
    expect(pageTitle([])).toBe('plandiff — 中国年度工作计划逐年对照');
    expect(pageTitle([null, undefined, '  '])).toBe('plandiff — 中国年度工作计划逐年对照');
    expect(HOME_TITLE).toBe(i18n.getFixedT('en')('app.homeTitle'));
    expect(pageTitle([null, '湖北省全省生态环境工作要点 2024'])).toBe('湖北省全省生态环境工作要点 2024 · plandiff');
  });
});
