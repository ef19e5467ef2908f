import { Link } from 'react-router';
import { usePageTitle } from '../page-title.js';

/** Any path the viewer does not know. */
export function NotFoundPage() {
  usePageTitle(['Page not found']);
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        This address is not a page of the viewer. <Link to="/">See all series</Link>.
      </p>
    </section>
  );
}
