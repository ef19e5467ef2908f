import { describe, expect, it } from 'vitest';
import type { CollectionSummary, SeriesSummary } from '@plandiff/model';
import { groupSeries } from '../../src/home/series-groups.js';
import { storedJson } from '../support/stored-api.js';

describe('home page groups (the real stored series and collections)', () => {
  it('puts the 25 stored provincial reports of 2026 into one provincial-gwr block and groups the rest by kind', async () => {
    const series = await storedJson<SeriesSummary[]>('/api/series');
    const collections = await storedJson<CollectionSummary[]>('/api/collections');
    expect(series).toHaveLength(29);
    const groups = groupSeries(series, collections);
    // kinds in the order of their first series in the API's list
    expect(groups.map((g) => [g.documentKind, g.series.map((s) => s.id)])).toEqual([
      ['政府工作报告', ['gov-work-report', 'hailar-gwr']],
      ['工作要点', ['hubei-sthjt-gzyd']],
      ['决议', ['npc-gwr-resolution']],
    ]);
    const block = groups.find((g) => g.documentKind === '政府工作报告')!.collections[0];
    expect(block.collection.id).toBe('provincial-gwr');
    // all 31 listed in the collection's order; the 6 not stored (上海 浙江 湖北 广东 四川 西藏) kept, without a series
    expect(block.members).toHaveLength(31);
    expect(block.members[0]).toMatchObject({ id: 'gwr-beijing', label: { zh: '北京', en: 'Beijing' } });
    expect(block.members.filter((m) => m.series === null).map((m) => m.label?.zh)).toEqual(['上海', '浙江', '湖北', '广东', '四川', '西藏']);
  });

  it('without collections (still loading, or the request failed) every series is its own card', async () => {
    const series = await storedJson<SeriesSummary[]>('/api/series');
    const groups = groupSeries(series, []);
    expect(groups.flatMap((g) => g.series)).toHaveLength(29);
    expect(groups.every((g) => g.collections.length === 0)).toBe(true);
  });
});
