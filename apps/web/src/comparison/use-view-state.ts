import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseViewState, viewStateToQuery, type ComparisonMode, type ComparisonViewState, type LinkFilters } from './view-state.js';

/**
 * The comparison page's state, read from and written to the URL query (see view-state.ts), so that reloading
 * or sharing the address gives the same view. Filter and focus changes replace the history entry; a change of
 * years adds one (Back returns to the previous pair).
 */
export function useComparisonViewState(): {
  state: ComparisonViewState;
  setYears: (from: number, to: number, replace?: boolean) => void;
  setFilters: (filters: LinkFilters) => void;
  setFocus: (key: string | null) => void;
  setMode: (mode: ComparisonMode) => void;
} {
  const [query, setQuery] = useSearchParams();
  const state = useMemo(() => parseViewState(query), [query]);
  // flushSync: a toggled checkbox or chosen option shows its new state at once, not after a deferred render
  const write = useCallback(
    (next: (old: ComparisonViewState) => ComparisonViewState, replace: boolean) =>
      setQuery(
        (old) => {
          const query = viewStateToQuery(next(parseViewState(old)));
          // the language is the layout's, not the comparison's: keep it
          const lang = old.get('lang');
          if (lang) query.set('lang', lang);
          return query;
        },
        { replace, flushSync: true },
      ),
    [setQuery],
  );
  const setYears = useCallback(
    (from: number, to: number, replace = false) => write((old) => ({ ...old, from, to, focus: null }), replace),
    [write],
  );
  const setFilters = useCallback((filters: LinkFilters) => write((old) => ({ ...old, filters }), true), [write]);
  const setFocus = useCallback(
    (key: string | null) => {
      if (key === state.focus) return;
      write((old) => ({ ...old, focus: key }), true);
    },
    [write, state.focus],
  );
  const setMode = useCallback((mode: ComparisonMode) => write((old) => ({ ...old, mode }), true), [write]);
  return { state, setYears, setFilters, setFocus, setMode };
}
