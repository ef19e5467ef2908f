import type { Plan } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { catalogueText, WARNING_CODES } from '../i18n/catalogue.js';

/**
 * The parser's warnings about a notice (problems in the input, recorded as data): each said by its code through the
 * catalogue (src/i18n/catalogue.ts) in the reader's language; the English reader also sees the code and the
 * parser's own sentence (with its counts), as does anyone for a code the catalogue lacks.
 */
export function WarningList({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  if (plan.warnings.length === 0) return <p className="muted">{t('plan.noWarnings')}</p>;
  return (
    <ul className="warnings" aria-label={t('app.warningsLabel')}>
      {plan.warnings.map((warning, i) => (
        <li key={i} className={warning.severity ? `severity-${warning.severity}` : undefined} data-code={warning.code}>
          {english || catalogueText(WARNING_CODES, warning.code, i18n.language) === null ? (
            <>
              <code>{warning.code}</code> {warning.message}
            </>
          ) : (
            catalogueText(WARNING_CODES, warning.code, i18n.language)
          )}
          {warning.span ? (
            <q className="warning-excerpt">{plan.text.slice(warning.span[0], Math.min(warning.span[1], warning.span[0] + 80))}</q>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
