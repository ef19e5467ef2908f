import type { Outcomes } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useResource } from '../api/use-resource.js';
import { getSeriesOutcomes } from './api.js';
import { OutcomeTimeline } from './OutcomeTimeline.js';
import './outcomes.css';

/**
 * The targets page's view of outcomes: loads the series' outcomes and draws target against outcome by year (nothing
 * when the series has no reviewed year yet or the outcomes cannot be loaded — the targets page stands without them),
 * with a link to the scorecards.
 */
export function SeriesOutcomeTimeline({ series }: { series: string }) {
  const { t } = useTranslation();
  const [data] = useResource<Outcomes>(`outcomes/${series}`, (signal) => getSeriesOutcomes(series, signal));
  if (data.status !== 'ready' || data.data.rows.length === 0) return null;
  return (
    <>
      <OutcomeTimeline rows={data.data.rows} />
      <p>
        <Link to={`/series/${encodeURIComponent(series)}/outcomes`}>{t('outcomes.scorecardLink')} →</Link>
      </p>
    </>
  );
}
