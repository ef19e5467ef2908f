import { Link } from 'react-router';

/** Any path the viewer does not know. */
export function NotFoundPage() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        This address is not a page of the viewer. <Link to="/">See all series</Link>.
      </p>
    </section>
  );
}
