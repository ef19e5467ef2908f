import { Link } from 'react-router';
import { listCollections } from '../api/client.js';
import { useResource } from '../api/use-resource.js';

/**
 * The ways into the cross-sections from the home page: one link per collection and year ("Across provinces:
 * 省级政府工作报告 2026"), with how many of its members are stored. Shows nothing while loading or on an error
 * (the series list below carries the page).
 */
export function CollectionLinks() {
  const [collections] = useResource('collections', listCollections);
  if (collections.status !== 'ready' || collections.data.length === 0) return null;
  return (
    <ul className="collection-links" aria-label="Across provinces" style={{ listStyle: 'none', padding: 0, margin: '0 0 1rem' }}>
      {collections.data.flatMap((c) =>
        c.years.map((year) => (
          <li key={`${c.id}/${year}`}>
            <Link className="button" to={`/collections/${c.id}?year=${year}`} data-collection={c.id}>
              Across provinces: {c.name.zh} {year}
            </Link>{' '}
            <span className="muted">
              {c.members.filter((m) => m.years.includes(year)).length} of {c.members.length} stored · {c.name.en}
            </span>
          </li>
        )),
      )}
    </ul>
  );
}
