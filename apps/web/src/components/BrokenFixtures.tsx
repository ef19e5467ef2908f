import { useTranslation } from 'react-i18next';
import type { SeriesSummary } from '@plandiff/model';

/**
 * The files of a series that cannot be read (`SeriesSummary.broken`: an invalid meta.json, a year left between the
 * renames of an interrupted `add --force`, a symbolic link, a stored plan over the bounds), each with what to do, as a
 * folded list under the series card. Renders nothing when every file reads.
 */
export function BrokenFixtures({ broken }: { broken: SeriesSummary['broken'] }) {
  const { t } = useTranslation();
  if (!broken || broken.length === 0) return null;
  return (
    <details className="series-broken" data-broken={broken.length}>
      <summary>{t('broken.summary', { count: broken.length })}</summary>
      <p className="muted">{t('broken.hint')}</p>
      <ul>
        {broken.map((file) => (
          <li key={file.path} data-path={file.path}>
            <code>fixtures/{file.path}</code>: {file.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
