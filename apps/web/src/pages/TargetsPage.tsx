import type { SeriesSummary, Timeline } from '@plandiff/model';
import { Link, useParams } from 'react-router';
import { getSeries, getTimeline } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { Loading } from '../components/Loading.js';
import { TimelineTable } from '../components/TimelineTable.js';
import { usePageTitle } from '../page-title.js';

/** Targets of a series: the metric × year table with a small chart per numeric metric. */
export function TargetsPage() {
  const series = useParams().series ?? '';
  const [data, reload] = useResource<{ timeline: Timeline; info: SeriesSummary }>(`targets/${series}`, async (signal) => {
    const [timeline, info] = await Promise.all([getTimeline(series, signal), getSeries(series, signal)]);
    return { timeline, info };
  });
  const name = data.status === 'ready' ? data.data.info.name.zh : series;
  usePageTitle([`${name} targets by year`]);
  return (
    <section className="page page-wide">
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link to="/">Series</Link> › <Link to={`/series/${series}/compare`}>{name}</Link> › <span>Targets</span>
      </nav>
      <h1>
        Targets by year <span className="muted">{name}</span>
      </h1>
      <p className="legend">
        <span>
          <span className="legend-gap">·</span> no target for the metric that year
        </span>
        {data.status === 'ready' && data.data.info.years.some((y) => y.coverage === 'excerpt') ? (
          <span>
            <span className="legend-gap">?</span> unknown: that year is an excerpt and the target may be in the missing part
          </span>
        ) : null}
        <span>
          <span className="legend-none">no target set</span> the plan says so explicitly
        </span>
        <span>
          <span className="legend-damaged">□</span> figure lost in a damaged source (unknown, not guessed)
        </span>
        <span>line: numeric targets (a range at its middle); gaps are years without a number</span>
      </p>
      {data.status === 'loading' ? <Loading what="the targets" /> : null}
      {data.status === 'error' ? <ErrorNotice what="the targets" error={data.error} onRetry={reload} /> : null}
      {data.status === 'ready' ? <TimelineTable timeline={data.data.timeline} years={data.data.info.years} /> : null}
    </section>
  );
}
