import type { Comparison, LinkKind, TargetChange } from '@plandiff/model';
import { useTranslation } from 'react-i18next';

interface SummaryLineProps {
  summary: Comparison['summary'];
  /** the comparison's target changes, to say how many changed targets were raised and lowered */
  targets: TargetChange[];
  /** Called with a link kind when its count is clicked (the page then shows only that kind). */
  onKind: (kind: LinkKind) => void;
}

/**
 * The one-line count of what happened between the two years, tasks then targets, numbers in the locale's format;
 * a task count filters to its kind. Review chapters (工作回顾) are counted apart when the comparison says so.
 */
export function SummaryLine({ summary, targets: changes, onKind }: SummaryLineProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const parts: [LinkKind, number][] = [
    ['added', summary.added],
    ['dropped', summary.dropped],
    ['changed', summary.changed],
    ['moved', summary.moved],
    ['split', summary.split],
    ['merged', summary.merged],
    ['unchanged', summary.unchanged],
  ];
  if (summary.outside_excerpt) parts.push(['outside_excerpt', summary.outside_excerpt]);
  const targets = summary.targets;
  const changed = changes.filter((change) => change.kind === 'changed');
  const raised = changed.filter((change) => change.change.value === 'raised').length;
  const lowered = changed.filter((change) => change.change.value === 'lowered').length;
  const other = targets.changed - raised - lowered;
  const breakdown = [
    raised > 0 ? t('summary.raised', { count: raised }) : null,
    lowered > 0 ? t('summary.lowered', { count: lowered }) : null,
    other > 0 && (raised > 0 || lowered > 0) ? t('summary.other', { count: other }) : null,
  ].filter((part) => part !== null);
  const separator = i18n.language === 'en' ? ', ' : '，';
  return (
    <div className="summary">
      <p className="summary-line" aria-label={t('summary.label')}>
        <span className="summary-group">
          <span className="label">{t('summary.tasks')}</span>
          {parts.map(([kind, count]) =>
            count === 0 ? (
              <span key={kind} className="count is-zero" data-count={kind}>
                <b>{number.format(count)}</b> {t(`kind.${kind}`)}
              </span>
            ) : (
              <button
                key={kind}
                type="button"
                className="count count-button"
                data-count={kind}
                title={t('summary.showOnly', { kind: t(`kind.${kind}`) })}
                onClick={() => onKind(kind)}
              >
                <b>{number.format(count)}</b> {t(`kind.${kind}`)}
              </button>
            ),
          )}
        </span>
        <span className="summary-group">
          <span className="label">{t('summary.targets')}</span>
          <span className="count" data-count="targets-changed">
            {t('summary.targetsChanged', { count: targets.changed })}
            {breakdown.length > 0 ? <span className="muted"> ({breakdown.join(separator)})</span> : null}
          </span>
          <span className="count" data-count="targets-added">
            {t('summary.targetsNew', { count: targets.added })}
          </span>
          <span className="count" data-count="targets-dropped">
            {t('summary.targetsDropped', { count: targets.dropped })}
          </span>
          <span className="count is-zero" data-count="targets-unchanged">
            {t('summary.targetsUnchanged', { count: targets.unchanged })}
          </span>
          {targets.outside_excerpt ? (
            <span className="count is-zero" data-count="targets-outside-excerpt">
              {t('summary.targetsOutside', { count: targets.outside_excerpt })}
            </span>
          ) : null}
        </span>
      </p>
      {summary.review ? <p className="summary-review muted" data-count="review">{t('summary.review', summary.review)}</p> : null}
    </div>
  );
}
