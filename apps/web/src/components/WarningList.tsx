import type { Plan } from '@plandiff/model';
import { useTranslation } from 'react-i18next';

/** The parser's warnings about a notice (problems in the input, recorded as data), with their codes. */
export function WarningList({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  if (plan.warnings.length === 0) return <p className="muted">{t('plan.noWarnings')}</p>;
  return (
    <ul className="warnings" aria-label={t('app.warningsLabel')}>
      {plan.warnings.map((warning, i) => (
        <li key={i} className={warning.severity ? `severity-${warning.severity}` : undefined}>
          <code>{warning.code}</code> {warning.message}
          {warning.span ? (
            <q className="warning-excerpt">{plan.text.slice(warning.span[0], Math.min(warning.span[1], warning.span[0] + 80))}</q>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
