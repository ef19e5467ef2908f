import { useTranslation } from 'react-i18next';

/** Loading state: a quiet line saying what is being loaded (announced politely to screen readers). */
export function Loading({ what }: { what: string }) {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {t('common.loading', { what })}
    </p>
  );
}
