import type { Plan } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { catalogueText, WARNING_CODES } from '../i18n/catalogue.js';

/**
 * A visible banner for each shown plan whose parse verdict is `doubtful` or `unusable` (Plan `quality`), with the
 * year and the reasons (warning codes such as NO_OUTLINE). Nothing for `ok` plans or plans without a verdict.
 */
export function QualityBanner({ plans }: { plans: Plan[] }) {
  const { t, i18n } = useTranslation();
  // each reason (a warning code) in the reader's words; an uncatalogued one as its code
  const reason = (code: string) => catalogueText(WARNING_CODES, code, i18n.language) ?? code;
  const doubtful = plans.filter((plan) => plan.quality && plan.quality.verdict !== 'ok');
  if (doubtful.length === 0) return null;
  return (
    <>
      {doubtful.map((plan) => (
        <div
          key={plan.id}
          className={`notice quality-banner quality-${plan.quality!.verdict}`}
          role="alert"
          data-testid="quality-banner"
          data-reasons={plan.quality!.reasons.join(' ')}
        >
          <strong>
            {plan.year !== null ? `${plan.year} · ` : ''}
            {t(plan.quality!.verdict === 'unusable' ? 'quality.unusable' : 'quality.doubtful')}
          </strong>{' '}
          {plan.quality!.reasons.length > 0 ? t('quality.reasons', { reasons: plan.quality!.reasons.map(reason).join(i18n.language === 'en' ? ' ' : '') }) : null}
        </div>
      ))}
    </>
  );
}
