import type { OutcomeRow, Verdict } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { VERDICTS } from './outcome-view.js';
import { verdictName, verdictText } from './outcome-text.js';

/** A verdict in words and colour (达成 green, 未达成 red, 无法判断 grey, 未报告 outlined, 初步数据 amber). */
export function VerdictBadge({ row }: { row: OutcomeRow }) {
  const { t } = useTranslation();
  return (
    <span className={`oc-verdict oc-verdict-${row.verdict}`} data-verdict={row.verdict}>
      {verdictText(row, t)}
    </span>
  );
}

/** The legend of the verdicts: each word in its colour with what it means. */
export function VerdictLegend({ only }: { only?: readonly Verdict[] }) {
  const { t } = useTranslation();
  const shown = only ? VERDICTS.filter((v) => only.includes(v)) : VERDICTS;
  return (
    <dl className="oc-legend" aria-label={t('outcomes.legend')}>
      {shown.map((v) => (
        <div key={v} className="oc-legend-item">
          <dt>
            <span className={`oc-verdict oc-verdict-${v}`}>{verdictName(v, t)}</span>
          </dt>
          <dd>{t(`outcomes.verdictMeaning.${v}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
