import type { TargetChange } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { describeTargetChange, formatTarget } from '../format/target-format.js';

/**
 * The target changes of one link (unchanged ones left out) as a list: metric, the figure of each year as written
 * (— where a side has none) and the change words (提高 / 以上 → 左右 …). Renders nothing when no target changed.
 * Used by the card list and by document mode, so both word a change alike.
 */
export function LinkTargetChanges({ changes, fromYear, toYear }: { changes: readonly TargetChange[]; fromYear: number | null; toYear: number | null }) {
  const { t } = useTranslation();
  const changed = changes.filter((change) => change.kind !== 'unchanged');
  if (changed.length === 0) return null;
  return (
    <ul className="link-targets" aria-label={t('comparison.targetsInTask')}>
      {changed.map((change, i) => (
        <li key={`${change.metric}-${i}`}>
          <span className="metric">{change.metric}</span> {change.from ? formatTarget(change.from, t) : '—'} →{' '}
          {change.to ? formatTarget(change.to, t) : '—'}{' '}
          {describeTargetChange(change, { from: fromYear, to: toYear }, t).map((label) => (
            <span key={label.text} className={`change change-${label.tone}`}>
              {label.text}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
