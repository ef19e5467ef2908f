import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CollectionSummary } from '@plandiff/model';
import { crossSectionStrings } from '../cross-section/strings.js';

/**
 * The ways into the cross-sections from the home page: one link per collection and year ("各省对照：省级政府工作报告
 * 2026" / "Across provinces: …"), with how many of its members are stored. Renders nothing without collections (the
 * series list carries the page).
 */
export function CollectionLinks({ collections }: { collections: readonly CollectionSummary[] }) {
  const { t, i18n } = useTranslation();
  const S = crossSectionStrings(t);
  const english = i18n.language === 'en';
  if (collections.length === 0) return null;
  return (
    <ul className="collection-links" aria-label={S.links}>
      {collections.flatMap((c) =>
        c.years.map((year) => (
          <li key={`${c.id}/${year}`}>
            <Link className="button" to={`/collections/${c.id}?year=${year}`} data-collection={c.id} data-year={year}>
              {S.link(english ? c.name.en : c.name.zh, year)}
            </Link>{' '}
            <span className="muted">
              {S.linkStored(c.members.filter((m) => m.years.includes(year)).length, c.members.length, english ? c.name.zh : null)}
            </span>
          </li>
        )),
      )}
    </ul>
  );
}
