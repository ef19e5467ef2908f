import type { Comparison, Plan, SeriesSummary } from '@plandiff/model';
import { useCallback, useState } from 'react';
import { compareNotices, getPlan, listSeries, parseNotice } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { NO_FILTERS, type LinkFilters } from '../comparison/view-state.js';
import { ComparisonView } from '../components/ComparisonView.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { ExportButtons } from '../components/ExportButtons.js';
import { Loading } from '../components/Loading.js';
import { NoticeInput } from '../components/NoticeInput.js';
import { PlanHeader } from '../components/PlanHeader.js';
import { PlanOutline } from '../components/PlanOutline.js';
import { WarningList } from '../components/WarningList.js';
import { usePageTitle } from '../page-title.js';

type Step<T> = { status: 'idle' } | { status: 'busy' } | { status: 'error'; error: Error } | { status: 'done'; data: T };

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Check a new notice: parse it (warnings included), then compare it with a stored year. Nothing is saved. */
export function CheckPage() {
  const [notice, setNotice] = useState<File | string | null>(null);
  const [parsed, setParsed] = useState<Step<Plan>>({ status: 'idle' });
  const [compared, setCompared] = useState<Step<{ comparison: Comparison; stored: Plan }>>({ status: 'idle' });
  const [target, setTarget] = useState<{ series: string; year: number } | null>(null);
  const [filters, setFilters] = useState<LinkFilters>(NO_FILTERS);
  const [focus, setFocus] = useState<string | null>(null);
  const [series] = useResource<SeriesSummary[]>('series', listSeries);
  usePageTitle(['Check a new notice']);

  const parse = useCallback(async (input: File | string) => {
    setNotice(input);
    setCompared({ status: 'idle' });
    setParsed({ status: 'busy' });
    try {
      setParsed({ status: 'done', data: await parseNotice(input) });
    } catch (error) {
      setParsed({ status: 'error', error: asError(error) });
    }
  }, []);

  const compare = async () => {
    if (!notice || !target) return;
    setCompared({ status: 'busy' });
    try {
      const [comparison, stored] = await Promise.all([
        compareNotices({ stored: `${target.series}/${target.year}` }, { notice }),
        getPlan(target.series, target.year),
      ]);
      setFilters(NO_FILTERS);
      setFocus(null);
      setCompared({ status: 'done', data: { comparison, stored } });
    } catch (error) {
      setCompared({ status: 'error', error: asError(error) });
    }
  };

  const choices = series.status === 'ready' ? series.data.flatMap((s) => [...s.years].sort((a, b) => b.year - a.year).map((y) => ({ series: s, year: y }))) : [];

  return (
    <section className="page page-wide">
      <h1>Check a new notice</h1>
      <p className="lede">
        Parse a notice the day it is published and see what it changed against a stored year. Nothing is saved.
      </p>
      <NoticeInput busy={parsed.status === 'busy'} onSubmit={parse} />
      {parsed.status === 'busy' ? <Loading what="the parse" /> : null}
      {parsed.status === 'error' ? <ErrorNotice what="a plan from this notice" error={parsed.error} /> : null}
      {parsed.status === 'done' ? (
        <>
          <section className="block" aria-labelledby="parsed-heading">
            <h2 id="parsed-heading">Parsed</h2>
            <PlanHeader plan={parsed.data} />
            <h3>Warnings ({parsed.data.warnings.length})</h3>
            <WarningList plan={parsed.data} />
            <details>
              <summary>Outline ({parsed.data.tasks.length} tasks)</summary>
              <PlanOutline plan={parsed.data} />
            </details>
          </section>
          <section className="block" aria-labelledby="compare-heading">
            <h2 id="compare-heading">Compare with a stored year</h2>
            {series.status === 'loading' ? <Loading what="the stored years" /> : null}
            {series.status === 'error' ? <ErrorNotice what="the stored years" error={series.error} /> : null}
            {series.status === 'ready' ? (
              <form
                className="compare-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void compare();
                }}
              >
                <label>
                  <span className="label">Stored year (year A)</span>
                  <select
                    value={target ? `${target.series}/${target.year}` : ''}
                    onChange={(event) => {
                      const [s, y] = event.target.value.split('/');
                      setTarget(s && y ? { series: s, year: Number(y) } : null);
                    }}
                  >
                    <option value="">choose…</option>
                    {choices.map(({ series: s, year: y }) => (
                      <option key={`${s.id}/${y.year}`} value={`${s.id}/${y.year}`}>
                        {s.name.zh} {y.year}
                        {y.coverage === 'excerpt' ? ' (excerpt)' : ''}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className="button" disabled={!target || compared.status === 'busy'}>
                  {compared.status === 'busy' ? 'Comparing…' : 'Compare → this notice'}
                </button>
              </form>
            ) : null}
            {compared.status === 'busy' ? <Loading what="the comparison" /> : null}
            {compared.status === 'error' ? <ErrorNotice what="the comparison" error={compared.error} /> : null}
          </section>
          {compared.status === 'done' ? (
            <div className="check-export">
              <ExportButtons
                comparison={compared.data.comparison}
                fromPlan={compared.data.stored}
                toPlan={parsed.data}
                baseName={`check-${compared.data.stored.series ?? 'stored'}-${compared.data.stored.year ?? 'year'}-new-notice`}
              />
            </div>
          ) : null}
          {compared.status === 'done' ? (
            <ComparisonView
              comparison={compared.data.comparison}
              fromPlan={compared.data.stored}
              toPlan={parsed.data}
              filters={filters}
              focusKey={focus}
              onFiltersChange={setFilters}
              onFocusChange={setFocus}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
