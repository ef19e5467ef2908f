import { useTranslation } from 'react-i18next';
import type { Target } from '@plandiff/model';
import { formatTarget } from '../format/target-format.js';

/**
 * One target of a task: metric and figure (`居民消费价格涨幅 2%左右`), or the sentence of a qualitative target;
 * the sentence and deadline on hover.
 */
export function TargetChip({ target }: { target: Target }) {
  const { t } = useTranslation();
  const title = [target.text, target.deadline ? t('damage.deadline', { deadline: target.deadline }) : null].filter(Boolean).join('\n');
  return (
    <span className={`target-chip${target.damaged ? ' is-damaged' : ''}`} title={title}>
      {target.modifier === 'qualitative' ? (
        // a qualitative target's figure is its own sentence, which already names the metric
        <span className="metric">{target.text}</span>
      ) : (
        <>
          <span className="metric">{target.metric}</span> <b>{formatTarget(target, t)}</b>
        </>
      )}
      {target.deadline ? <span className="muted"> · {target.deadline}</span> : null}
    </span>
  );
}
