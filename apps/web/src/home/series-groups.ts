import type { CollectionSummary, SeriesSummary } from '@plandiff/model';

/** One collection shown as a single block of the home page: its members in collection order. */
export interface CollectionBlock {
  collection: CollectionSummary;
  /** every series the collection lists, in its order; `series` is null for a member not stored */
  members: { id: string; label: { zh: string; en: string } | null; series: SeriesSummary | null }[];
}

/** One section of the home page: the series of one document kind, then the collections whose members are of it. */
export interface SeriesGroup {
  /** the document kind as the series name it (政府工作报告, 工作要点, 决议); '' when unknown */
  documentKind: string;
  /** series shown as their own card (not a member of any collection) */
  series: SeriesSummary[];
  collections: CollectionBlock[];
}

/**
 * Groups the home page so that 29 series stay readable: series that belong to a collection (e.g. the 25 provincial
 * 2026 reports of provincial-gwr) are shown as one collection block instead of one card each, and the rest are grouped
 * by document kind, kinds in the order of their first series in `series` (the API's order). A collection goes into
 * the group of its first stored member's kind (its own group when none is stored). Pure; never throws.
 *
 * @param series the series list of GET /api/series
 * @param collections the collections of GET /api/collections ([] while loading or on error: every series is a card)
 */
export function groupSeries(series: readonly SeriesSummary[], collections: readonly CollectionSummary[]): SeriesGroup[] {
  const byId = new Map(series.map((s) => [s.id, s]));
  const inCollection = new Set(collections.flatMap((c) => c.series));
  const groups = new Map<string, SeriesGroup>();
  const groupOf = (kind: string) => {
    let group = groups.get(kind);
    if (!group) groups.set(kind, (group = { documentKind: kind, series: [], collections: [] }));
    return group;
  };
  for (const s of series) {
    const group = groupOf(s.documentKind ?? '');
    if (!inCollection.has(s.id)) group.series.push(s);
  }
  for (const collection of collections) {
    const members = collection.series.map((id) => ({ id, label: collection.labels?.[id] ?? null, series: byId.get(id) ?? null }));
    const first = members.find((m) => m.series !== null)?.series;
    groupOf(first?.documentKind ?? '').collections.push({ collection, members });
  }
  return [...groups.values()].filter((g) => g.series.length > 0 || g.collections.length > 0);
}
