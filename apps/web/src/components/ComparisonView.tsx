import type { Comparison, LinkKind, Plan } from '@plandiff/model';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ComparisonContext, type ComparisonContextValue } from '../comparison/comparison-context.js';
import { buildLinkViews, filterLinkViews, leadUnitOptions, sectionOptions } from '../comparison/link-view.js';
import { hasFilters, type ComparisonMode, type LinkFilters } from '../comparison/view-state.js';
import { describeFilters, filterFileSuffix } from '../export/filter-description.js';
import { searchWords } from '../format/highlight.js';
import { indexPlan } from '../plan/plan-index.js';
import { markReadyOnce, READY_MARK } from '../performance-marks.js';
import { DocumentView } from './DocumentView.js';
import { EmptyNotice } from './EmptyNotice.js';
import { ExportButtons } from './ExportButtons.js';
import { Filters } from './Filters.js';
import { LinkList } from './LinkList.js';
import { QualityBanner } from './QualityBanner.js';
import { DamageNotice } from './DamageNotice.js';
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
  /** document (two synchronized columns, the default) or changes (the card list of changes only). */
  mode: ComparisonMode;
  onModeChange: (mode: ComparisonMode) => void;
  /** The series' Chinese name for the exports' headings (政府工作报告), and the exported files' base name. */
  seriesName: string;
  exportName: string;
}

/** The viewer path of a stored plan (`/series/gov-work-report/plans/2025`), null for an unsaved notice. */
function planPath(plan: Plan): string | null {
  return plan.series && plan.year !== null ? `/series/${plan.series}/plans/${plan.year}` : null;
}

function ExcerptNotice({ plan, other }: { plan: Plan; other: Plan }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-excerpt" role="note" data-testid="excerpt-notice">
      <strong>{t('comparison.excerptStrong', { year: plan.year ?? plan.meta.title ?? '' })}</strong>{' '}
      {t('comparison.excerptNotice', { year: plan.year ?? '', other: other.year ?? t('common.newNotice') })}
    </div>
  );
}

/**
 * A whole comparison: quality and excerpt notices, summary line, target changes, then the aligned tasks — as the
 * side-by-side document (default) or the card list of changes only — with the filter bar and the exports of what is
 * shown. Used by the comparison page (stored years) and the check page (a new notice).
 */
export function ComparisonView(props: ComparisonViewProps) {
  const { comparison, fromPlan, toPlan, filters, focusKey, onFiltersChange, onFocusChange, mode, onModeChange } = props;
  const { t } = useTranslation();
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
  // review chapters (工作回顾) are results, not plans: hidden from the card list unless asked for
  const inCardList = (view: (typeof shown)[number]) => hasFilters(filters) || view.link.kind !== 'unchanged';
  const reviewCount = shown.filter((view) => view.link.role === 'review' && inCardList(view)).length;
  const words = useMemo(() => searchWords(filters.text), [filters.text]);
  const context = useMemo<ComparisonContextValue>(
    () => ({ fromIndex, toIndex, fromYear: fromPlan.year, toYear: toPlan.year, planPaths: { from: planPath(fromPlan), to: planPath(toPlan) } }),
    [fromIndex, toIndex, fromPlan, toPlan],
  );
  const filterText = describeFilters(filters, t);

  useEffect(() => markReadyOnce(READY_MARK.comparison), []);

  return (
    <ComparisonContext.Provider value={context}>
      <div className="comparison">
        <QualityBanner plans={[fromPlan, toPlan]} />
        {fromPlan.meta.coverage === 'excerpt' ? <ExcerptNotice plan={fromPlan} other={toPlan} /> : null}
        {toPlan.meta.coverage === 'excerpt' ? <ExcerptNotice plan={toPlan} other={fromPlan} /> : null}
        <DamageNotice plans={[fromPlan, toPlan]} />
        <SummaryLine
          summary={comparison.summary}
          targets={comparison.targets}
          onKind={(kind) => onFiltersChange({ ...filters, kinds: filters.kinds.length === 1 && filters.kinds[0] === kind ? [] : [kind] })}
        />
        <section aria-labelledby="targets-heading" className="block">
          <h2 id="targets-heading">{t('targetTable.heading')}</h2>
          <TargetChangesTable changes={comparison.targets} fromYear={fromPlan.year} toYear={toPlan.year} plans={{ from: fromPlan, to: toPlan }} />
        </section>
        <section aria-labelledby="tasks-heading" className={`block mode-${mode}`}>
          <div className="tasks-head">
            <h2 id="tasks-heading">{t('comparison.tasksHeading')}</h2>
            <div className="mode-switch" role="group" aria-label={t('comparison.viewAria')}>
              <button type="button" aria-pressed={mode === 'document'} data-mode="document" onClick={() => onModeChange('document')}>
                {t('comparison.viewDocument')}
              </button>
              <button type="button" aria-pressed={mode === 'changes'} data-mode="changes" onClick={() => onModeChange('changes')}>
                {t('comparison.viewChanges')}
              </button>
            </div>
            <ExportButtons
              input={{ comparison, fromPlan, toPlan, shown, total: views.length, filterText, seriesName: props.seriesName }}
              baseName={`${props.exportName}${filterFileSuffix(filters)}`}
            />
          </div>
          {hasFilters(filters) ? (
            <p className="export-note muted" data-testid="filter-note">
              {t('export.filtered', { filters: filterText })}
            </p>
          ) : null}
          <Filters
            filters={filters}
            onChange={onFiltersChange}
            kindCounts={kindCounts}
            sections={sections}
            leadUnits={leads}
            shown={shown.length}
            total={views.length}
          />
          {views.length === 0 ? <EmptyNotice>{t('comparison.noTasks')}</EmptyNotice> : null}
          {views.length > 0 && shown.length === 0 ? <EmptyNotice>{t('comparison.noMatch')}</EmptyNotice> : null}
          {mode === 'document' ? (
            <DocumentView comparison={comparison} views={shown} words={words} />
          ) : (
            <>
            {reviewCount > 0 ? (
              <p className="review-toggle">
                <button type="button" className="button button-quiet" data-action="toggle-review" aria-pressed={filters.review === true} onClick={() => onFiltersChange({ ...filters, review: !filters.review })}>
                  {t(filters.review ? 'comparison.hideReview' : 'comparison.showReview', { count: reviewCount })}
                </button>
              </p>
            ) : null}
            <LinkList
              views={shown.filter((view) => (filters.review === true || view.link.role !== 'review') && inCardList(view))}
              fromYear={fromPlan.year}
              toYear={toPlan.year}
              focusKey={focusKey}
              onFocusChange={onFocusChange}
              words={words}
              planPaths={context.planPaths}
            />
            </>
          )}
        </section>
      </div>
    </ComparisonContext.Provider>
  );
}
