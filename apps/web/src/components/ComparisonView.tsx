import type { Comparison, LinkKind, Plan } from '@plandiff/model';
import { useEffect, useMemo } from 'react';
import { buildLinkViews, filterLinkViews, leadUnitOptions, sectionOptions } from '../comparison/link-view.js';
import { hasFilters, type LinkFilters } from '../comparison/view-state.js';
import { searchWords } from '../format/highlight.js';
import { indexPlan } from '../plan/plan-index.js';
import { markReadyOnce, READY_MARK } from '../performance-marks.js';
import { EmptyNotice } from './EmptyNotice.js';
import { Filters } from './Filters.js';
import { LinkList } from './LinkList.js';
import { SummaryLine } from './SummaryLine.js';
import { TargetChangesTable } from './TargetChangesTable.js';

interface ComparisonViewProps {
  comparison: Comparison;
  fromPlan: Plan;
  toPlan: Plan;
  filters: LinkFilters;
  focusKey: string | null;
  onFiltersChange: (filters: LinkFilters) => void;
  onFocusChange: (key: string | null) => void;
}

/** The viewer path of a stored plan (`/series/gov-work-report/plans/2025`), null for an unsaved notice. */
function planPath(plan: Plan): string | null {
  return plan.series && plan.year !== null ? `/series/${plan.series}/plans/${plan.year}` : null;
}

function ExcerptNotice({ plan, other }: { plan: Plan; other: Plan }) {
  return (
    <div className="notice notice-excerpt" role="note" data-testid="excerpt-notice">
      <strong>{plan.year ?? plan.id} is an excerpt.</strong> Only the opening part of that year's notice is available,
      so this comparison can speak only for the part it covers. Tasks of {other.year ?? other.id} beyond it are marked
      "outside excerpt", not "added", and a target missing from the excerpt is not a dropped target.
    </div>
  );
}

/**
 * A whole comparison: excerpt notice, summary line, target changes, then the filterable side-by-side list of
 * aligned tasks. Used by the comparison page (stored years) and the check page (a new notice).
 */
export function ComparisonView({ comparison, fromPlan, toPlan, filters, focusKey, onFiltersChange, onFocusChange }: ComparisonViewProps) {
  const fromIndex = useMemo(() => indexPlan(fromPlan), [fromPlan]);
  const toIndex = useMemo(() => indexPlan(toPlan), [toPlan]);
  const views = useMemo(() => buildLinkViews(comparison.links, fromIndex, toIndex), [comparison, fromIndex, toIndex]);
  const sections = useMemo(() => sectionOptions(fromIndex, toIndex), [fromIndex, toIndex]);
  const leads = useMemo(() => leadUnitOptions(views), [views]);
  const kindCounts = useMemo(() => {
    const counts = new Map<LinkKind, number>();
    for (const view of views) counts.set(view.link.kind, (counts.get(view.link.kind) ?? 0) + 1);
    return counts;
  }, [views]);
  const shown = useMemo(() => filterLinkViews(views, filters), [views, filters]);
  const words = useMemo(() => searchWords(filters.text), [filters.text]);
  const planPaths = useMemo(() => ({ from: planPath(fromPlan), to: planPath(toPlan) }), [fromPlan, toPlan]);

  useEffect(() => markReadyOnce(READY_MARK.comparison), []);

  return (
    <div className="comparison">
      {fromPlan.meta.coverage === 'excerpt' ? <ExcerptNotice plan={fromPlan} other={toPlan} /> : null}
      {toPlan.meta.coverage === 'excerpt' ? <ExcerptNotice plan={toPlan} other={fromPlan} /> : null}
      <SummaryLine
        summary={comparison.summary}
        targets={comparison.targets}
        onKind={(kind) => onFiltersChange({ ...filters, kinds: filters.kinds.length === 1 && filters.kinds[0] === kind ? [] : [kind] })}
      />
      <section aria-labelledby="targets-heading" className="block">
        <h2 id="targets-heading">Target changes</h2>
        <TargetChangesTable changes={comparison.targets} fromYear={fromPlan.year} toYear={toPlan.year} />
      </section>
      <section aria-labelledby="tasks-heading" className="block">
        <h2 id="tasks-heading">
          Tasks{' '}
          <span className="muted">
            {fromPlan.year ?? 'year A'} left · {toPlan.year ?? 'the new notice'} right
          </span>
        </h2>
        <Filters
          filters={filters}
          onChange={onFiltersChange}
          kindCounts={kindCounts}
          sections={sections}
          leadUnits={leads}
          shown={shown.length}
          total={views.length}
        />
        {views.length === 0 ? <EmptyNotice>Neither plan has tasks to align.</EmptyNotice> : null}
        {views.length > 0 && shown.length === 0 ? (
          <EmptyNotice>No link matches {hasFilters(filters) ? 'these filters' : 'the view'}.</EmptyNotice>
        ) : null}
        <LinkList
          views={shown}
          fromYear={fromPlan.year}
          toYear={toPlan.year}
          focusKey={focusKey}
          onFocusChange={onFocusChange}
          words={words}
          planPaths={planPaths}
        />
      </section>
    </div>
  );
}
