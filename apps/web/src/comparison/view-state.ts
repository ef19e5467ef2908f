import { LinkKind } from '@plandiff/model';

/** Which links of a comparison are shown. Every field empty/null means "all links". */
export interface LinkFilters {
  /** Link kinds to show; empty = every kind. */
  kinds: LinkKind[];
  /** Title of a section (of either year) whose tasks are shown, e.g. 扩大国内需求; null = every section. */
  section: string | null;
  /** A lead unit (牵头单位) whose tasks are shown, e.g. 大气处; null = every unit. */
  lead: string | null;
  /** Free text searched in task text, evidence and target metrics; '' = no text filter. */
  text: string;
  /**
   * Show the links of review chapters (role `review`: 工作回顾, results of the past year, not plans) in the card list
   * of changes; absent/false = hidden there (they stay collapsed in document mode and are counted in summary.review).
   */
  review?: boolean;
}

/** The whole state of a comparison page, as kept in the URL so that a link to it can be shared. */
export interface ComparisonViewState {
  /** Year A (left); null = not chosen yet (the page then picks the latest two years). */
  from: number | null;
  /** Year B (right). */
  to: number | null;
  filters: LinkFilters;
  /** Key of the link that has the keyboard focus (see `linkKey`), or null. */
  focus: string | null;
  /** `document`: the two plans side by side in outline order (the default); `changes`: the card list of changes only. */
  mode: ComparisonMode;
}

/** How the aligned tasks are shown: the whole side-by-side document, or only the changes as cards. */
export type ComparisonMode = 'document' | 'changes';

export const NO_FILTERS: LinkFilters = { kinds: [], section: null, lead: null, text: '' };

const KIND_ORDER: readonly LinkKind[] = LinkKind.options;

function parseYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value.trim())) return null;
  return Number(value.trim());
}

function nonEmpty(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Reads a comparison page's state from its URL query.
 * Input: the query (`from=2024&to=2025&kind=moved,changed&section=…&lead=…&q=…&at=…`); `kind` may also be
 * repeated (`kind=moved&kind=changed`). Output: the state; unknown kinds, years that are not four digits and
 * blank values are ignored (read as "not set"), never thrown on, so a hand-edited URL still opens.
 */
export function parseViewState(query: URLSearchParams): ComparisonViewState {
  const kinds = new Set<LinkKind>();
  for (const raw of query.getAll('kind')) {
    for (const part of raw.split(',')) {
      const parsed = LinkKind.safeParse(part.trim());
      if (parsed.success) kinds.add(parsed.data);
    }
  }
  return {
    from: parseYear(query.get('from')),
    to: parseYear(query.get('to')),
    filters: {
      kinds: KIND_ORDER.filter((kind) => kinds.has(kind)),
      section: nonEmpty(query.get('section')),
      lead: nonEmpty(query.get('lead')),
      text: query.get('q')?.trim() ?? '',
      ...(query.get('review') === '1' ? { review: true } : {}),
    },
    focus: nonEmpty(query.get('at')),
    mode: query.get('view') === 'changes' ? 'changes' : 'document',
  };
}

/**
 * Writes a comparison page's state as a URL query, the inverse of {@link parseViewState}.
 * Output: parameters in a fixed order (from, to, kind, section, lead, q, review, at, view), kinds comma-joined in the
 * contract's order, unset values left out, so that equal states give equal URLs.
 */
export function viewStateToQuery(state: ComparisonViewState): URLSearchParams {
  const query = new URLSearchParams();
  if (state.from !== null) query.set('from', String(state.from));
  if (state.to !== null) query.set('to', String(state.to));
  const kinds = KIND_ORDER.filter((kind) => state.filters.kinds.includes(kind));
  if (kinds.length > 0) query.set('kind', kinds.join(','));
  if (state.filters.section) query.set('section', state.filters.section);
  if (state.filters.lead) query.set('lead', state.filters.lead);
  if (state.filters.text.trim() !== '') query.set('q', state.filters.text.trim());
  if (state.filters.review) query.set('review', '1');
  if (state.focus) query.set('at', state.focus);
  if (state.mode === 'changes') query.set('view', 'changes');
  return query;
}

/** True when no filter narrows the list (used to word the empty state). */
export function hasFilters(filters: LinkFilters): boolean {
  return filters.kinds.length > 0 || filters.section !== null || filters.lead !== null || filters.text.trim() !== '';
}

/**
 * Picks the default pair of years to compare: the latest two.
 * Input: the years of a series in any order. Output: `[from, to]` with from < to, or null with fewer than two years.
 */
export function latestTwoYears(years: readonly number[]): [number, number] | null {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length < 2) return null;
  return [sorted[sorted.length - 2], sorted[sorted.length - 1]];
}

/**
 * Every year-on-year pair of a series, oldest first: each stored year with the stored year after it.
 * Input: the years in any order (duplicates ignored). Output: `[from, to]` pairs (2021→2022 … 2024→2025); empty with
 * fewer than two years. A gap in the stored years gives the pair across it (hailar 2012 → 2013 … 2014 → 2015).
 */
export function yearOnYearPairs(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return sorted.slice(1).map((to, i) => [sorted[i], to]);
}

/**
 * Completes the pair of years a comparison URL names. Input: the stored years (any order) and the `from` / `to` of
 * the URL, either or both null. Output: `[from, to]`: both given → as given; only `from` → it and the next stored
 * year (the previous one when it is the latest); only `to` → the stored year before it (the next one when it is the
 * earliest); neither, or a given year that is not stored → the latest two. Null with fewer than two stored years.
 */
export function completeYearPair(years: readonly number[], from: number | null, to: number | null): [number, number] | null {
  if (from !== null && to !== null) return [from, to];
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length < 2) return null;
  const given = from ?? to;
  const at = given === null ? -1 : sorted.indexOf(given);
  if (at === -1) return latestTwoYears(sorted);
  if (from !== null) return at + 1 < sorted.length ? [from, sorted[at + 1]] : [sorted[at - 1], from];
  return at > 0 ? [sorted[at - 1], to!] : [to!, sorted[at + 1]];
}
