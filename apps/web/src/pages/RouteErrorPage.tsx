import { Link, useRouteError } from 'react-router';
import { isChunkLoadError } from '../api/error-text.js';
import { usePageTitle } from '../page-title.js';

/**
 * What the viewer shows, inside its frame, when rendering a page fails: most often a lazily loaded page (the
 * targets page and its charts) whose code the server did not deliver because it is down. Offers a reload, since a
 * failed code load is not retried by the browser on its own.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const chunk = isChunkLoadError(error);
  usePageTitle([chunk ? 'Page not loaded' : 'Error']);
  return (
    <section className="page">
      <h1>{chunk ? 'This page could not be loaded' : 'Something went wrong on this page'}</h1>
      <div className="state state-error" role="alert">
        {chunk ? (
          <>
            <strong>The plandiff server did not deliver the code of this page.</strong> The server may have stopped or been
            updated. Start it again (<code>pnpm --filter @plandiff/api start</code>) if needed, then reload.
          </>
        ) : (
          <>
            <strong>The viewer failed while showing this page.</strong>{' '}
            {error instanceof Error ? error.message : String(error)}
          </>
        )}
      </div>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        <Link to="/">See all series</Link>
      </p>
    </section>
  );
}
