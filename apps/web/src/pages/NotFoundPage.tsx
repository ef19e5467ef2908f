import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../page-title.js';

/** Any path the viewer does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle([t('notFound.title')]);
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>
        {t('notFound.text')} <Link to="/">{t('notFound.link')}</Link>
      </p>
    </section>
  );
}
