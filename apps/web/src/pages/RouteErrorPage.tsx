import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { isChunkLoadError } from '../api/error-text.js';
import { usePageTitle } from '../page-title.js';

/**
 * What the viewer shows, inside its frame, when rendering a page fails: most often a lazily loaded page (the
 * targets page and its charts) whose code the server did not deliver because it is down. Offers a reload, since a
 * failed code load is not retried by the browser on its own.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const chunk = isChunkLoadError(error);
  usePageTitle([t(chunk ? 'error.chunkTitle' : 'error.title')]);
  return (
    <section className="page">
      <h1>{t(chunk ? 'error.chunkHeading' : 'error.heading')}</h1>
      <div className="state state-error" role="alert">
        {chunk ? (
          <>
            <strong>{t('error.chunkStrong')}</strong> {t('error.chunkText')} (<code>pnpm --filter @plandiff/api start</code>)
          </>
        ) : (
          <>
            <strong>{t('error.failed')}</strong> {error instanceof Error ? error.message : String(error)}
          </>
        )}
      </div>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>{' '}
        <Link to="/">{t('notFound.link')}</Link>
      </p>
    </section>
  );
}
