import { createContext, useContext } from 'react';
import type { PlanIndex } from '../plan/plan-index.js';

/** What every row of a comparison needs to know about the two plans: their indexes, years and page paths. */
export interface ComparisonContextValue {
  fromIndex: PlanIndex;
  toIndex: PlanIndex;
  fromYear: number | null;
  toYear: number | null;
  planPaths: { from: string | null; to: string | null };
}

export const ComparisonContext = createContext<ComparisonContextValue | null>(null);

/** The comparison the rows belong to; throws when used outside a ComparisonView (a programming error). */
export function useComparisonContext(): ComparisonContextValue {
  const value = useContext(ComparisonContext);
  if (!value) throw new Error('useComparisonContext() outside <ComparisonContext>');
  return value;
}
