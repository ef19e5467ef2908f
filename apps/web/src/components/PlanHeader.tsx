import type { Plan } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { missingMetaText, type MetaField } from '../plan/meta-display.js';
import { CoverageTag } from './CoverageTag.js';

/** A plan's metadata (title, issuer, document number, dates, encoding, coverage) and counts, as a definition list. */
export function PlanHeader({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const rows: [string, string | null, MetaField | null][] = [
    [t('plan.issuer'), plan.meta.issuer, 'issuer'],
    [t('plan.docNumber'), plan.meta.docNumber, 'docNumber'],
    [t('plan.issuedOn'), plan.meta.issuedOn, 'issuedOn'],
    [t('plan.publishedOn'), plan.meta.publishedOn, 'publishedOn'],
    [t('plan.encoding'), plan.meta.encoding, null],
  ];
  const lost = plan.damage.filter((d) => d.kind === 'lost').length;
  const repaired = plan.damage.length - lost;
  return (
    <div className="plan-header">
      <h2 className="plan-title">
        {plan.meta.title ?? <span className="muted">{t('plan.noTitle', { why: missingMetaText(plan, 'title', t) })}</span>} <CoverageTag coverage={plan.meta.coverage} />
      </h2>
      <dl className="plan-meta">
        {rows.map(([name, value, field]) => (
          <div key={name}>
            <dt>{name}</dt>
            {/* an encoding name (utf-8, gb18030) is an identifier, not words to translate */}
            <dd translate={field === null ? 'no' : undefined}>{value ?? <span className="muted">{field ? missingMetaText(plan, field, t) : t('plan.unknown')}</span>}</dd>
          </div>
        ))}
        <div className="wide">
          <dt>{t('plan.contents')}</dt>
          <dd>
            {t('plan.contentsLine', { tasks: plan.tasks.length, targets: plan.targets.length })}
            {plan.damage.length > 0 ? t('plan.damageLine', { lost, repaired }) : ''}
          </dd>
        </div>
        {plan.meta.sourceUrl ? (
          <div className="wide">
            <dt>{t('plan.source')}</dt>
            <dd>
              <a href={plan.meta.sourceUrl} rel="noreferrer noopener" target="_blank" translate="no">
                {plan.meta.sourceUrl}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {plan.meta.coverage === 'excerpt' ? (
        <p className="notice notice-excerpt">{t('plan.excerptNote')}</p>
      ) : null}
      {plan.damage.length > 0 ? (
        <p className="notice notice-damage">
          {t('damage.noticeBefore')} <mark className="damage damage-lost">□</mark> {t('damage.noticeLost')}{' '}
          <mark className="damage damage-repaired">{t('damage.dotted')}</mark> {t('damage.noticeRepaired')}
        </p>
      ) : null}
    </div>
  );
}
