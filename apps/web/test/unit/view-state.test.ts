import type { SeriesSummary } from '@plandiff/model';
import { describe, expect, it } from 'vitest';
import { storedJson } from '../support/stored-api.js';
import {
  hasFilters,
  latestTwoYears,
  yearOnYearPairs,
  completeYearPair,
  NO_FILTERS,
  parseViewState,
  viewStateToQuery,
  type ComparisonViewState,
} from '../../src/comparison/view-state.js';

describe('comparison URL state ↔ filters', () => {
  it('reads years, kinds, section, lead unit, text and focus from the query', () => {
    const state = parseViewState(
      new URLSearchParams('from=2024&to=2025&kind=moved,changed&section=着力扩大国内需求，推动经济实现良性循环&lead=大气处&q=内需&at=t3.3.p1>t3.1.p1'),
    );
    expect(state).toEqual({
      from: 2024,
      to: 2025,
      // kept in the contract's order (changed before moved), whatever the URL's order
      filters: { kinds: ['changed', 'moved'], section: '着力扩大国内需求，推动经济实现良性循环', lead: '大气处', text: '内需' },
      focus: 't3.3.p1>t3.1.p1',
      mode: 'document',
    });
  });

  it('writes a state back to the same query, so a shared URL reopens the same view', () => {
    const state: ComparisonViewState = {
      from: 2023,
      to: 2024,
      filters: { kinds: ['outside_excerpt', 'dropped'], section: null, lead: '水处', text: '地表水 断面' },
      focus: null,
      mode: 'document',
    };
    const query = viewStateToQuery(state);
    expect(query.toString()).toBe(
      new URLSearchParams('from=2023&to=2024&kind=dropped,outside_excerpt&lead=水处&q=地表水 断面').toString(),
    );
    expect(parseViewState(new URLSearchParams(query.toString()))).toEqual({
      ...state,
      filters: { ...state.filters, kinds: ['dropped', 'outside_excerpt'] },
    });
  });

  it('accepts kind repeated as separate parameters', () => {
    expect(parseViewState(new URLSearchParams('kind=moved&kind=split')).filters.kinds).toEqual(['moved', 'split']);
  });

  it('leaves out everything unset: no filters give only the years', () => {
    const query = viewStateToQuery({ from: 2024, to: 2025, filters: NO_FILTERS, focus: null, mode: 'document' });
    expect(query.toString()).toBe('from=2024&to=2025');
    expect(hasFilters(parseViewState(query).filters)).toBe(false);
  });

  it('ignores a hand-edited URL’s bad values instead of failing', () => {
    const state = parseViewState(new URLSearchParams('from=24&to=abcd&kind=renamed,,moved&section=%20&lead=&q=%20%20&at='));
    expect(state).toEqual({ from: null, to: null, filters: { kinds: ['moved'], section: null, lead: null, text: '' }, focus: null, mode: 'document' });
  });

  it('keeps the card list of changes only in the URL (view=changes); the document is the default', () => {
    const query = viewStateToQuery({ from: 2024, to: 2025, filters: NO_FILTERS, focus: null, mode: 'changes' });
    expect(query.toString()).toBe('from=2024&to=2025&view=changes');
    expect(parseViewState(query).mode).toBe('changes');
    expect(parseViewState(new URLSearchParams('from=2024&to=2025&view=other')).mode).toBe('document');
  });

  it('defaults to the latest two years of a series', () => {
    expect(latestTwoYears([2021, 2025, 2023, 2022, 2024])).toEqual([2024, 2025]);
    expect(latestTwoYears([2024, 2023])).toEqual([2023, 2024]);
    expect(latestTwoYears([2024])).toBeNull();
    expect(latestTwoYears([2024, 2024])).toBeNull();
  });
});

describe('yearOnYearPairs', () => {
  it('pairs each stored year with the next one (the years of the real series)', async () => {
    const series = await storedJson<SeriesSummary[]>('/api/series');
    const years = (id: string) => series.find((s) => s.id === id)!.years.map((y) => y.year);
    expect(yearOnYearPairs(years('gov-work-report'))).toEqual([[2021, 2022], [2022, 2023], [2023, 2024], [2024, 2025]]);
    expect(yearOnYearPairs(years('hailar-gwr'))).toEqual([[2012, 2013], [2013, 2014], [2014, 2015]]);
    expect(yearOnYearPairs(years('hubei-sthjt-gzyd'))).toEqual([[2023, 2024]]);
  });

  it('sorts, ignores duplicates, and pairs across a gap', () => {
    expect(yearOnYearPairs([2025, 2021, 2023, 2023])).toEqual([[2021, 2023], [2023, 2025]]);
    expect(yearOnYearPairs([2024])).toEqual([]);
    expect(yearOnYearPairs([])).toEqual([]);
  });
});

describe('completeYearPair (a comparison URL naming one year or none)', () => {
  it('completes with the neighbouring stored year of the real series', async () => {
    const series = await storedJson<SeriesSummary[]>('/api/series');
    const gov = series.find((s) => s.id === 'gov-work-report')!.years.map((y) => y.year);
    const hailar = series.find((s) => s.id === 'hailar-gwr')!.years.map((y) => y.year);
    expect(completeYearPair(gov, null, null)).toEqual([2024, 2025]);
    expect(completeYearPair(gov, 2022, null)).toEqual([2022, 2023]);
    expect(completeYearPair(gov, 2025, null)).toEqual([2024, 2025]);
    expect(completeYearPair(gov, null, 2022)).toEqual([2021, 2022]);
    expect(completeYearPair(gov, null, 2021)).toEqual([2021, 2022]);
    expect(completeYearPair(hailar, 2013, null)).toEqual([2013, 2014]);
    expect(completeYearPair(gov, 2022, 2021)).toEqual([2022, 2021]);
  });

  it('falls back to the latest two for a year that is not stored, and gives null for one stored year', () => {
    expect(completeYearPair([2021, 2022, 2023], 1999, null)).toEqual([2022, 2023]);
    expect(completeYearPair([2024], 2024, null)).toBeNull();
  });
});
