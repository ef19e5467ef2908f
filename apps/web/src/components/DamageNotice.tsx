import type { Plan } from '@plandiff/model';
import { useTranslation } from 'react-i18next';

/**
 * The damage of the plans a comparison shows, as the plan page says it: per damaged year the count of lost and of
 * repaired characters ("2024 年：159 个字缺损，70 个字已修复"), then the legend of the marks (□ a lost character,
 * dotted a repaired one), so that a struck or marked character is not read as an edit. Nothing for undamaged plans.
 */
export function DamageNotice({ plans }: { plans: Plan[] }) {
  const { t } = useTranslation();
  const damaged = plans.filter((plan) => plan.damage.length > 0);
  if (damaged.length === 0) return null;
  return (
    <div className="notice notice-damage" data-testid="damage-notice">
      <p>
        {damaged.map((plan) => {
          const lost = plan.damage.filter((d) => d.kind === 'lost').length;
          return (
            <span key={plan.id} className="damage-count" data-year={plan.year ?? undefined}>
              {t('damage.countLine', { year: plan.year ?? t('common.newNotice'), lost, repaired: plan.damage.length - lost })}{' '}
            </span>
          );
        })}
      </p>
      <p>
        {t('damage.noticeBefore')} <mark className="damage damage-lost">□</mark> {t('damage.noticeLost')}{' '}
        <mark className="damage damage-repaired">{t('damage.dotted')}</mark> {t('damage.noticeRepaired')}
      </p>
    </div>
  );
}
