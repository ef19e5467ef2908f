import type { Plan } from '@plandiff/model';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n/i18n.js';
import { missingMetaText as metaText, type MetaField } from '../../src/plan/meta-display.js';

// these cases pin the English wording; the default (zh-CN) is checked last
const en = i18n.getFixedT('en');
const missingMetaText = (plan: Plan, field: MetaField) => metaText(plan, field, en);
import { storedJson } from '../support/stored-api.js';

describe('missingMetaText (why a plan header field is empty)', () => {
  it('hubei-sthjt-gzyd 2024: the document number 鄂环发?024?? is unreadable, the title is known', async () => {
    const plan = await storedJson<Plan>('/api/series/hubei-sthjt-gzyd/plans/2024');
    expect(plan.meta.docNumber).toBeNull();
    expect(missingMetaText(plan, 'docNumber')).toBe('unreadable: damaged in the source');
    expect(missingMetaText(plan, 'title')).toBeNull();
    expect(plan.meta.title).toBe('2024年全省生态环境工作要点');
    // 发布日期 2024-02-20 is read from the scraped site's metadata table
    expect(missingMetaText(plan, 'publishedOn')).toBeNull();
  });

  it('gov-work-report 2025: the Wikisource copy opens with 各位代表 and has no title line', async () => {
    const plan = await storedJson<Plan>('/api/series/gov-work-report/plans/2025');
    expect(plan.meta.title).toBeNull();
    expect(missingMetaText(plan, 'title')).toBe('not in the source');
    expect(missingMetaText(plan, 'docNumber')).toBe('not in the source');
  });

  it('says unknown when the parser left no warning about the field', async () => {
    const plan = await storedJson<Plan>('/api/series/npc-gwr-resolution/plans/2024');
    const bare: Plan = { ...plan, meta: { ...plan.meta, publishedOn: null }, warnings: [] };
    expect(missingMetaText(bare, 'publishedOn')).toBe('unknown');
  });

  it('says it in Chinese by default: 无法辨认：原文缺损 (hubei 2024 文号)', async () => {
    const plan = await storedJson<Plan>('/api/series/hubei-sthjt-gzyd/plans/2024');
    expect(metaText(plan, 'docNumber')).toBe('无法辨认：原文缺损');
  });
});
