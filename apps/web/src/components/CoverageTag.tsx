import type { Coverage } from '@plandiff/model';
import { useTranslation } from 'react-i18next';

/** Marks a year whose notice is only an excerpt (part of the plan), so nobody reads its gaps as absences. */
export function CoverageTag({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  if (coverage === 'full') return null;
  return (
    <span className="tag tag-excerpt" title={t('app.excerptTitle')}>
      {t('common.excerpt')}
    </span>
  );
}
